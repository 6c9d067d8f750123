package dev.migrate.core.schema;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's synonyms, made the names pgjdbc reads back: {@code integer}, {@code int} and {@code serial}
 * are {@code int4}; {@code character varying} is {@code varchar}; {@code timestamp with time zone} is
 * {@code timestamptz}; {@code float(53)} and {@code double precision} are {@code float8}. A
 * {@code serial}'s {@code nextval(...)} default is the column's, not one of its own (an identity column
 * has none), and a default's casts ({@code 'draft'::character varying}) are taken off, and the quotes of a
 * negative number ({@code '-1'::integer}). A timestamp's fractional seconds are its size, the default 6
 * none: {@code timestamp(6)} is {@code timestamp}, {@code timestamp(3)} is not; a time's are not compared.
 */
public final class PostgresSynonyms implements SchemaSynonyms {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("integer", "int4"), Map.entry("int", "int4"),
			Map.entry("serial", "int4"), Map.entry("serial4", "int4"), Map.entry("bigint", "int8"),
			Map.entry("bigserial", "int8"), Map.entry("serial8", "int8"), Map.entry("smallint", "int2"),
			Map.entry("smallserial", "int2"), Map.entry("serial2", "int2"), Map.entry("boolean", "bool"),
			Map.entry("character varying", "varchar"), Map.entry("char", "bpchar"), Map.entry("character", "bpchar"),
			Map.entry("timestamp with time zone", "timestamptz"), Map.entry("timestamp without time zone", "timestamp"),
			Map.entry("time with time zone", "timetz"), Map.entry("time without time zone", "time"),
			Map.entry("double precision", "float8"), Map.entry("real", "float4"), Map.entry("decimal", "numeric"),
			Map.entry("bit varying", "varbit"));

	private static final Set<String> SERIALS = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
			"serial2");

	/** The default fractional seconds of a timestamp. */
	static final int FRACTIONAL_SECONDS = 6;

	/** The types whose size is their fractional seconds. */
	private static final Set<String> FRACTIONAL = Set.of("timestamp", "timestamptz");

	private static final Set<String> SIZED = Set.of("varchar", "bpchar", "numeric", "timestamp", "timestamptz");

	/** A cast in a default: {@code ::character varying}, {@code ::numeric(10,2)}, {@code ::regclass}, {@code ::text[]}. */
	private static final Pattern CAST = Pattern
		.compile("::[a-z_][a-z0-9_]*( varying| precision| with time zone| without time zone)?(\\(\\d+(,\\d+)?\\))?(\\[\\])?");

	private static final Pattern QUOTED_NUMBER = Pattern.compile("'-?\\d+(\\.\\d+)?'");

	/** A column as pgjdbc reads it back; a timestamp's default fractional seconds are none. */
	@Override
	public ColumnSnapshot column(ColumnSnapshot column) {
		ColumnSnapshot one = SchemaSynonyms.super.column(column);
		if (one.size() != null && one.size() == FRACTIONAL_SECONDS && FRACTIONAL.contains(one.type())) {
			return new ColumnSnapshot(one.name(), one.type(), null, null, one.nullable(), one.defaultValue());
		}
		return one;
	}

	@Override
	public String type(String name, @Nullable Integer size) {
		if (name.equals("float")) {
			return (size != null && size <= 24) ? "float4" : "float8";
		}
		return TYPES.getOrDefault(name, name);
	}

	@Override
	public boolean sized(String type) {
		return SIZED.contains(type);
	}

	@Override
	public @Nullable String defaultValue(String declaredType, @Nullable String value) {
		String plain = SchemaSynonyms.plain(value);
		if (plain == null || (SERIALS.contains(declaredType) && plain.startsWith("nextval("))) {
			return null;
		}
		String[] parts = plain.split("'", -1);
		StringBuilder uncast = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			uncast.append((i > 0) ? "'" : "").append((i % 2 == 0) ? CAST.matcher(parts[i]).replaceAll("") : parts[i]);
		}
		String result = uncast.toString().trim();
		// a negative number comes back quoted: '-1'::integer
		return QUOTED_NUMBER.matcher(result).matches() ? result.substring(1, result.length() - 1) : result;
	}

}

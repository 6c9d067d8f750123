package dev.migrate.core.schema;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's synonyms, made the names their drivers read back: {@code integer} is {@code int};
 * {@code float(53)}, {@code double precision} and {@code real} are {@code double}; {@code numeric} is
 * {@code decimal}; {@code datetime(6)} is not {@code datetime}, whose fractional seconds are none (a time's
 * are not compared); {@code boolean}
 * is {@code tinyint}, and Hibernate's {@code bit} stays {@code bit}. An enum is {@code enum}, its values
 * not compared. {@code RESTRICT} and {@code NO ACTION} are one rule; {@code current_timestamp()} is
 * {@code current_timestamp}. A {@code bit} column's default reads back as a bit literal ({@code b'0'}),
 * a boolean's as a number: both are the number, and {@code false} and {@code true} are 0 and 1.
 */
public final class MySqlSynonyms implements SchemaSynonyms {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("integer", "int"),
			Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("numeric", "decimal"),
			Map.entry("dec", "decimal"), Map.entry("fixed", "decimal"), Map.entry("boolean", "tinyint"),
			Map.entry("bool", "tinyint"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
			Map.entry("json", "longtext"));

	/** The types whose size is their fractional seconds, of which {@code (0)} is none. */
	private static final Set<String> FRACTIONAL = Set.of("datetime", "timestamp");

	private static final Set<String> SIZED = Set.of("varchar", "char", "varbinary", "binary", "decimal", "datetime",
			"timestamp");

	/** The types whose default is a number however it is written: bits and booleans. */
	private static final Set<String> NUMERIC_FLAGS = Set.of("bit", "boolean", "bool", "tinyint");

	private static final Pattern BIT_LITERAL = Pattern.compile("b'([01]+)'");

	/** A column as the driver reads it back; {@code datetime(0)} is {@code datetime}, as the catalog has it. */
	@Override
	public ColumnSnapshot column(ColumnSnapshot column) {
		ColumnSnapshot one = SchemaSynonyms.super.column(column);
		if (one.size() != null && one.size() == 0 && FRACTIONAL.contains(one.type())) {
			return new ColumnSnapshot(one.name(), one.type(), null, null, one.nullable(), one.defaultValue());
		}
		return one;
	}

	@Override
	public String type(String name, @Nullable Integer size) {
		if (name.equals("float")) {
			return (size != null && size > 24) ? "double" : "float";
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
		if (plain == null) {
			return null;
		}
		if (NUMERIC_FLAGS.contains(declaredType)) {
			Matcher bits = BIT_LITERAL.matcher(plain);
			if (bits.matches()) {
				return new BigInteger(bits.group(1), 2).toString();
			}
			if (plain.equals("false") || plain.equals("true")) {
				return plain.equals("true") ? "1" : "0";
			}
		}
		return plain.replace("current_timestamp()", "current_timestamp");
	}

	@Override
	public String rule(String rule) {
		return rule.equals("RESTRICT") ? "NO ACTION" : rule;
	}

}

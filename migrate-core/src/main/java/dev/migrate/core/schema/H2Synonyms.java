package dev.migrate.core.schema;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * H2's synonyms (2.x), made the names its catalog reads back: {@code varchar} is
 * {@code character varying}, {@code int} is {@code integer}, {@code float(53)} is {@code double precision},
 * {@code clob} is {@code character large object}; a {@code uuid} has no size, an enum no values compared.
 * {@code varchar_ignorecase} is a type of its own, which compares text without case, and keeps its size.
 * H2 stores unquoted names in upper case: names are compared so ({@link NameCase}).
 */
public final class H2Synonyms implements SchemaSynonyms {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("varchar", "character varying"),
			Map.entry("char", "character"),
			Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
			Map.entry("int2", "smallint"), Map.entry("bool", "boolean"), Map.entry("double", "double precision"),
			Map.entry("float8", "double precision"), Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
			Map.entry("varbinary", "binary varying"), Map.entry("clob", "character large object"),
			Map.entry("blob", "binary large object"), Map.entry("timestamptz", "timestamp with time zone"));

	private static final Set<String> SIZED = Set.of("character varying", "varchar_ignorecase", "character",
			"binary varying", "binary", "numeric");

	@Override
	public String type(String name, @Nullable Integer size) {
		if (name.equals("float")) {
			return (size != null && size <= 24) ? "real" : "double precision";
		}
		return TYPES.getOrDefault(name, name);
	}

	@Override
	public boolean sized(String type) {
		return SIZED.contains(type);
	}

}

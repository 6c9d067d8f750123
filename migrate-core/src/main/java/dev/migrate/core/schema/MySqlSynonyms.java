package dev.migrate.core.schema;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's synonyms, made the names their drivers read back: {@code integer} is {@code int};
 * {@code float(53)}, {@code double precision} and {@code real} are {@code double}; {@code numeric} is
 * {@code decimal}; {@code datetime(6)} is {@code datetime} (its precision is not read); {@code boolean}
 * is {@code tinyint}, and Hibernate's {@code bit} stays {@code bit}. An enum is {@code enum}, its values
 * not compared. {@code RESTRICT} and {@code NO ACTION} are one rule; {@code current_timestamp()} is
 * {@code current_timestamp}.
 */
public final class MySqlSynonyms implements SchemaSynonyms {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("integer", "int"),
			Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("numeric", "decimal"),
			Map.entry("dec", "decimal"), Map.entry("fixed", "decimal"), Map.entry("boolean", "tinyint"),
			Map.entry("bool", "tinyint"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
			Map.entry("json", "longtext"));

	private static final Set<String> SIZED = Set.of("varchar", "char", "varbinary", "binary", "decimal");

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
		return (plain != null) ? plain.replace("current_timestamp()", "current_timestamp") : null;
	}

	@Override
	public String rule(String rule) {
		return rule.equals("RESTRICT") ? "NO ACTION" : rule;
	}

}

package dev.migrate.core.schema;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What one database spells two ways, made one, so that two columns the database cannot tell apart compare
 * equal: a type's synonyms ({@code integer} and {@code int4} on PostgreSQL), the size kept only where a
 * live snapshot keeps it (char, binary and decimal types; a timestamp's precision only where the catalog
 * reads it, {@link SnapshotCatalog#fractionalSeconds}: MySQL's), a default's casts and case, a
 * foreign key rule that means another. The JPA model diff passes both sides through the dialect's
 * synonyms ({@code Dialect#synonyms()}); a new database adds one class. {@link #STANDARD} knows no
 * synonyms: it lower-cases, keeps the size of standard SQL's char, binary and decimal types, and trims.
 */
public interface SchemaSynonyms {

	/** No synonyms beyond case and the sizes standard SQL's char, binary and decimal types keep. */
	SchemaSynonyms STANDARD = new SchemaSynonyms() {
	};

	/** The types whose size standard SQL keeps. */
	Set<String> STANDARD_SIZED = Set.of("char", "character", "varchar", "character varying", "nchar", "nvarchar",
			"binary", "varbinary", "binary varying", "numeric", "decimal");

	/** {@code (6)} or {@code (10,2)} or {@code ('A','B')} in a type's name. */
	Pattern ARGUMENTS = Pattern.compile("\\s*\\(([^)]*)\\)");

	/** A column as the database's catalog would read it back, whichever way it was spelt. */
	default ColumnSnapshot column(ColumnSnapshot column) {
		Integer size = column.size();
		Integer scale = column.scale();
		String declared = column.type().trim().toLowerCase(Locale.ROOT);
		Matcher arguments = ARGUMENTS.matcher(declared);
		if (arguments.find()) {
			String[] parts = arguments.group(1).split(",");
			if (size == null && parts[0].trim().matches("\\d+")) {
				size = Integer.valueOf(parts[0].trim());
				if (scale == null && parts.length > 1 && parts[1].trim().matches("\\d+")) {
					scale = Integer.valueOf(parts[1].trim());
				}
			}
			declared = arguments.replaceAll("");
		}
		declared = declared.replaceAll("\\s+", " ").trim();
		String type = type(declared, size);
		boolean sized = size != null && sized(type);
		boolean decimal = sized && decimal(type);
		return new ColumnSnapshot(column.name(), type, sized ? size : null,
				decimal ? ((scale != null) ? scale : Integer.valueOf(0)) : null, column.nullable(),
				defaultValue(declared, column.defaultValue()));
	}

	/**
	 * The one name of a type, from its name without arguments (lower case, single spaces) and its size
	 * (for {@code float(53)}, which is double precision); by default the name as it is.
	 */
	default String type(String name, @Nullable Integer size) {
		return name;
	}

	/** Whether a live snapshot keeps the size of a type (by its one name): char, binary and decimal types. */
	default boolean sized(String type) {
		return STANDARD_SIZED.contains(type);
	}

	/** Whether a type (by its one name) has a scale, which is 0 where it is not written. */
	default boolean decimal(String type) {
		return type.equals("numeric") || type.equals("decimal");
	}

	/**
	 * A default as the database would read it back: trimmed, lower case outside quotes, one pair of outer
	 * parentheses taken off; null for none. {@code declaredType} is the column's type as written (without
	 * arguments), for a database whose default depends on it (PostgreSQL's {@code serial}).
	 */
	default @Nullable String defaultValue(String declaredType, @Nullable String value) {
		return SchemaSynonyms.plain(value);
	}

	/** A foreign key's delete or update rule as the database means it; by default as it is. */
	default String rule(String rule) {
		return rule;
	}

	/** A default trimmed, lower case outside quotes, one pair of outer parentheses off; null for none. */
	static @Nullable String plain(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.startsWith("(") && trimmed.endsWith(")") && trimmed.indexOf(')') == trimmed.length() - 1) {
			trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
		}
		StringBuilder plain = new StringBuilder();
		boolean quoted = false;
		for (char character : trimmed.toCharArray()) {
			if (character == '\'') {
				quoted = !quoted;
			}
			plain.append(quoted ? character : Character.toLowerCase(character));
		}
		return plain.toString();
	}

}

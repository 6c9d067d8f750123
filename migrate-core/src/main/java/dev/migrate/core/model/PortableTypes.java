package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.Type;
import org.jspecify.annotations.Nullable;

/**
 * The changeset API's type for a column as a database or the model spells it: a portable {@link Type} where
 * the dialect writes that type as this one (so that the column comes back the same), else
 * {@link Type#raw} as spelled. Both a database's spellings ({@code int4}, {@code character varying}) and
 * Hibernate's ({@code integer}, {@code timestamp(6) with time zone}) are known. A snapshot keeps a
 * timestamp's fractional seconds only where they are not the database's default, and then the type is
 * raw; on MySQL, where the default is none and {@link Type#TIMESTAMP} is {@code datetime(6)}, a
 * {@code datetime} is raw and a {@code datetime(6)} portable.
 */
final class PortableTypes {

	/** H2 reports a {@code CHARACTER VARYING} or {@code BINARY VARYING} without a length with this one. */
	private static final int H2_LARGEST = 1_000_000_000;

	private static final Map<String, Type> COMMON = Map.ofEntries(Map.entry("smallint", Type.SMALLINT),
			Map.entry("int2", Type.SMALLINT), Map.entry("integer", Type.INTEGER), Map.entry("int", Type.INTEGER),
			Map.entry("int4", Type.INTEGER), Map.entry("bigint", Type.BIGINT), Map.entry("int8", Type.BIGINT),
			Map.entry("date", Type.DATE), Map.entry("time", Type.TIME), Map.entry("time without time zone", Type.TIME));

	private static final Map<String, Type> POSTGRESQL = Map.ofEntries(Map.entry("boolean", Type.BOOLEAN),
			Map.entry("bool", Type.BOOLEAN), Map.entry("text", Type.TEXT), Map.entry("timestamp", Type.TIMESTAMP),
			Map.entry("timestamp without time zone", Type.TIMESTAMP), Map.entry("timestamptz", Type.TIMESTAMP_WITH_TIME_ZONE),
			Map.entry("timestamp with time zone", Type.TIMESTAMP_WITH_TIME_ZONE), Map.entry("uuid", Type.UUID),
			Map.entry("bytea", Type.BINARY), Map.entry("jsonb", Type.JSON));

	private static final Map<String, Type> H2 = Map.ofEntries(Map.entry("boolean", Type.BOOLEAN),
			Map.entry("timestamp", Type.TIMESTAMP), Map.entry("timestamp without time zone", Type.TIMESTAMP),
			Map.entry("timestamp with time zone", Type.TIMESTAMP_WITH_TIME_ZONE), Map.entry("uuid", Type.UUID),
			Map.entry("json", Type.JSON));

	private static final Map<String, Type> MYSQL = Map.ofEntries(Map.entry("boolean", Type.BOOLEAN),
			Map.entry("longtext", Type.TEXT), Map.entry("longblob", Type.BINARY));

	/** A type spelled with its size: {@code varchar(255)}, {@code numeric(10,2)}. */
	private static final Pattern SIZED = Pattern.compile("([a-z][a-z ]*)\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

	private static final List<Type.Kind> INTEGERS = List.of(Type.Kind.SMALLINT, Type.Kind.INTEGER, Type.Kind.BIGINT);

	/** The decimal digits an integer type holds: smallint, integer, bigint. */
	private static final List<Integer> INTEGER_DIGITS = List.of(5, 10, 19);

	private final String dialect;

	/** The types of one dialect, by its name ({@code postgresql}, {@code mysql}, {@code h2}, ...). */
	PortableTypes(String dialect) {
		this.dialect = dialect;
	}

	/** The type of a column. */
	Type of(ColumnSnapshot column) {
		String name = spelling(column.type());
		Integer size = column.size();
		Integer scale = column.scale();
		Matcher sized = SIZED.matcher(name);
		if (size == null && sized.matches()) {
			name = sized.group(1).trim();
			size = Integer.valueOf(sized.group(2));
			scale = (sized.group(3) != null) ? Integer.valueOf(sized.group(3)) : null;
		}
		if (name.equals("varchar") || name.equals("character varying")) {
			if (this.dialect.equals("h2") && (size == null || size >= H2_LARGEST)) {
				return Type.TEXT;
			}
			if (size != null) {
				return Type.varchar(size);
			}
		}
		if ((name.equals("numeric") || name.equals("decimal")) && size != null) {
			int digits = (scale != null) ? scale : 0;
			if (size > 0 && digits >= 0 && digits <= size) {
				return Type.decimal(size, digits);
			}
		}
		if (this.dialect.equals("h2") && name.equals("binary varying") && (size == null || size >= H2_LARGEST)) {
			return Type.BINARY;
		}
		if (this.dialect.equals("mysql") && name.equals("datetime")) {
			return (size != null && size == 6) ? Type.TIMESTAMP : Type.raw(column.typeDeclaration());
		}
		Type portable = (size == null || name.equals("uuid")) ? known(name) : null;
		return (portable != null) ? portable : Type.raw(column.typeDeclaration());
	}

	/**
	 * What a column loses when its type changes from the database's to the model's, in words ("values
	 * longer than 50 characters are refused or cut"), or null when every value fits the new type.
	 */
	static @Nullable String loss(Type database, Type model) {
		if (database.equals(model)) {
			return null;
		}
		int from = INTEGERS.indexOf(database.kind());
		int to = INTEGERS.indexOf(model.kind());
		if (from >= 0 && to >= 0) {
			return (to >= from) ? null : "numbers beyond the range of " + model + " are refused";
		}
		if (model.kind() == Type.Kind.TEXT && database.kind() == Type.Kind.VARCHAR) {
			return null;
		}
		if (model.kind() == Type.Kind.VARCHAR && (database.kind() == Type.Kind.VARCHAR || database.kind() == Type.Kind.TEXT)) {
			boolean longer = database.kind() == Type.Kind.TEXT || database.size() > model.size();
			return longer ? "text longer than " + model.size() + " characters is refused or cut" : null;
		}
		if (model.kind() == Type.Kind.DECIMAL) {
			int integerDigits = model.size() - model.scale();
			if (from >= 0) {
				return (integerDigits >= INTEGER_DIGITS.get(from)) ? null
						: "numbers of more than " + integerDigits + " digits are refused";
			}
			if (database.kind() == Type.Kind.DECIMAL) {
				List<String> losses = new ArrayList<>();
				if (model.scale() < database.scale()) {
					losses.add("digits beyond " + model.scale() + " after the point are rounded off");
				}
				if (integerDigits < database.size() - database.scale()) {
					losses.add("numbers of more than " + integerDigits + " digits before the point are refused");
				}
				return losses.isEmpty() ? null : String.join(", ", losses);
			}
		}
		return "the values are converted from " + database + " to " + model
				+ ": those that do not convert are refused, and others may lose precision";
	}

	private @Nullable Type known(String name) {
		Type common = COMMON.get(name);
		if (common != null) {
			return common;
		}
		return switch (this.dialect) {
			case "postgresql" -> POSTGRESQL.get(name);
			case "h2" -> H2.get(name);
			case "mysql" -> MYSQL.get(name);
			default -> null;
		};
	}

	/** Lower case, one space between words, and no precision in a time's name: {@code timestamp(6) with time zone}. */
	private static String spelling(String type) {
		String name = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (name.startsWith("time")) {
			name = name.replaceAll("\\s*\\(\\d+\\)", "");
		}
		return name;
	}

}

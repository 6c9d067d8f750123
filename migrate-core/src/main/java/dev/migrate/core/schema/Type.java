package dev.migrate.core.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column type: one of a small portable set, mapped by each dialect to its own spelling, or a raw type
 * string as the database spells it.
 *
 * @param kind which type
 * @param size the length of a varchar, the precision of a decimal, else null
 * @param scale the scale of a decimal, else null
 * @param sql the raw type string of {@link Kind#RAW}, else null
 */
public record Type(Kind kind, @Nullable Integer size, @Nullable Integer scale, @Nullable String sql) {

	/** The portable types, and the escape hatch. */
	public enum Kind {
		SMALLINT, INTEGER, BIGINT, BOOLEAN, VARCHAR, TEXT, DECIMAL, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE,
		UUID, BINARY, JSON, RAW
	}

	public static final Type SMALLINT = new Type(Kind.SMALLINT, null, null, null);

	public static final Type INTEGER = new Type(Kind.INTEGER, null, null, null);

	public static final Type BIGINT = new Type(Kind.BIGINT, null, null, null);

	public static final Type BOOLEAN = new Type(Kind.BOOLEAN, null, null, null);

	/** Text of any length. */
	public static final Type TEXT = new Type(Kind.TEXT, null, null, null);

	public static final Type DATE = new Type(Kind.DATE, null, null, null);

	/** A time of day, to the microsecond. */
	public static final Type TIME = new Type(Kind.TIME, null, null, null);

	/** A date and time without a time zone, to the microsecond. */
	public static final Type TIMESTAMP = new Type(Kind.TIMESTAMP, null, null, null);

	/** A point in time (not on MySQL, which has no such type). */
	public static final Type TIMESTAMP_WITH_TIME_ZONE = new Type(Kind.TIMESTAMP_WITH_TIME_ZONE, null, null, null);

	public static final Type UUID = new Type(Kind.UUID, null, null, null);

	/** Bytes of any length. */
	public static final Type BINARY = new Type(Kind.BINARY, null, null, null);

	public static final Type JSON = new Type(Kind.JSON, null, null, null);

	/** Checks that sizes and the raw string come with the kinds that have them. */
	public Type {
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.VARCHAR || kind == Kind.DECIMAL) != (size != null)) {
			throw new IllegalArgumentException(kind + " needs a size, and only VARCHAR and DECIMAL have one");
		}
		if (size != null && size < 1) {
			throw new IllegalArgumentException("A size is 1 or more, not " + size);
		}
		if ((kind == Kind.DECIMAL) != (scale != null)) {
			throw new IllegalArgumentException("Only DECIMAL has a scale");
		}
		if (scale != null && (scale < 0 || scale > size)) {
			throw new IllegalArgumentException("The scale of decimal(" + size + "," + scale + ") is 0 to its precision");
		}
		if ((kind == Kind.RAW) != (sql != null)) {
			throw new IllegalArgumentException("Only a RAW type has a type string");
		}
		if (sql != null && (sql.isBlank() || sql.contains(";") || sql.contains("--") || sql.contains("/*")
				|| sql.contains("\n") || sql.contains("\r"))) {
			throw new IllegalArgumentException("'" + sql + "' is not a type: give one type, as the database spells it, "
					+ "without ';', comments or line breaks");
		}
	}

	/** Text of at most {@code length} characters. */
	public static Type varchar(int length) {
		return new Type(Kind.VARCHAR, length, null, null);
	}

	/** An exact number of {@code precision} digits, {@code scale} of them after the point. */
	public static Type decimal(int precision, int scale) {
		return new Type(Kind.DECIMAL, precision, scale, null);
	}

	/** A type as the database spells it, used as it is: {@code raw("double precision")}. */
	public static Type raw(String sql) {
		return new Type(Kind.RAW, null, null, sql.strip());
	}

	/** The type of a column read from a database, as that database spells it. */
	public static Type of(ColumnSnapshot column) {
		return raw(column.typeDeclaration());
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case VARCHAR -> "varchar(" + this.size + ")";
			case DECIMAL -> "decimal(" + this.size + "," + this.scale + ")";
			case RAW -> String.valueOf(this.sql);
			default -> this.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		};
	}

}

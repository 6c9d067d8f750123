package dev.migrate.core.schema;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * How a database stores a name written without quotes. The changeset API takes a name to mean what it
 * means unquoted in SQL, and quotes it as the database stores it, so that reserved words ({@code user})
 * work and SQL written by hand finds the same tables: {@code page} is {@code "page"} on PostgreSQL,
 * {@code "PAGE"} on H2 and {@code `page`} on MySQL.
 */
public enum NameCase {

	/** Unquoted names are stored in lower case (PostgreSQL). */
	LOWER,

	/** Unquoted names are stored in upper case (H2, the SQL standard). */
	UPPER,

	/** Unquoted names are stored as written (MySQL and MariaDB on Linux). */
	AS_WRITTEN;

	/** The name as the database stores it. */
	public String apply(String name) {
		return switch (this) {
			case LOWER -> name.toLowerCase(Locale.ROOT);
			case UPPER -> name.toUpperCase(Locale.ROOT);
			case AS_WRITTEN -> name;
		};
	}

	/** What the database behind this metadata does. */
	public static NameCase of(DatabaseMetaData metaData) throws SQLException {
		if (metaData.storesUpperCaseIdentifiers()) {
			return UPPER;
		}
		return metaData.storesLowerCaseIdentifiers() ? LOWER : AS_WRITTEN;
	}

}

package dev.migrate.core.internal.sql;

import java.util.Locale;

/**
 * The lexical rules of a database's SQL: how strings, identifiers and comments are quoted.
 */
public enum SqlSyntax {

	/** PostgreSQL: dollar quotes, {@code E''} strings, nested block comments. */
	POSTGRESQL,

	/** MySQL and MariaDB: backslash escapes, backticks, {@code #} comments, {@code DELIMITER} lines. */
	MYSQL,

	/** H2: standard SQL quoting plus {@code $$} strings. */
	H2;

	/** The syntax of a dialect named as in script file names: {@code postgresql}, {@code mysql} or {@code h2}. */
	public static SqlSyntax of(String dialectName) {
		return switch (dialectName.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> POSTGRESQL;
			case "mysql" -> MYSQL;
			case "h2" -> H2;
			default -> throw new IllegalArgumentException(
					"unknown SQL dialect '" + dialectName + "': expected postgresql, mysql or h2");
		};
	}

}

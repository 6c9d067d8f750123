package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Finds the dialect of a database, or of a name used in script file names. */
public final class Dialects {

	private static final List<String> NAMES = List.of("postgresql", "mysql", "h2");

	private Dialects() {
	}

	/** The names of the supported dialects, as used in script file names. */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * The dialect for a name: {@code postgresql}, {@code mysql} (MySQL and MariaDB) or {@code h2}.
	 * @throws IllegalArgumentException for any other name
	 */
	public static Dialect byName(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "postgresql", "postgres" -> new PostgresDialect();
			case "mysql", "mariadb" -> new MySqlDialect();
			case "h2" -> new H2Dialect();
			default -> throw new IllegalArgumentException(
					"Unknown dialect '" + name + "': use one of postgresql, mysql (MySQL and MariaDB), h2");
		};
	}

	/**
	 * The dialect of the database behind a connection, from its product name.
	 * @throws IllegalArgumentException when the database is not supported
	 */
	public static Dialect detect(Connection connection) throws SQLException {
		Dialect dialect = byDriver(connection.unwrap(Connection.class).getClass().getName());
		return (dialect != null) ? dialect : byProduct(connection.getMetaData().getDatabaseProductName());
	}

	/**
	 * The dialect of a well-known driver's connection class: cheaper than the product name on a cold
	 * start, since the driver's metadata class is large and nothing else on that path loads it.
	 */
	private static @Nullable Dialect byDriver(String connectionClass) {
		if (connectionClass.startsWith("org.postgresql.")) {
			return new PostgresDialect();
		}
		if (connectionClass.startsWith("org.mariadb.") || connectionClass.startsWith("com.mysql.")) {
			return new MySqlDialect();
		}
		if (connectionClass.startsWith("org.h2.")) {
			return new H2Dialect();
		}
		return null;
	}

	private static Dialect byProduct(String product) {
		String lower = product.toLowerCase(Locale.ROOT);
		if (lower.contains("postgresql")) {
			return new PostgresDialect();
		}
		if (lower.contains("mysql") || lower.contains("mariadb")) {
			return new MySqlDialect();
		}
		if (lower.equals("h2")) {
			return new H2Dialect();
		}
		throw new IllegalArgumentException("Migrate does not support " + product
				+ " yet: supported are PostgreSQL, MySQL/MariaDB and H2");
	}

}

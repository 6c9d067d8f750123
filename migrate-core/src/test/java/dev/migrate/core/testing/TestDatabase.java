package dev.migrate.core.testing;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own for one test class: a schema on PostgreSQL, a database on MariaDB, an in-memory
 * database on H2. Where it lives is decided by {@link TestServers}; {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {

	/** The databases the tests run on. */
	public enum Kind {
		POSTGRESQL, MARIADB, H2
	}

	private final Kind kind;

	private final String name;

	private final String url;

	private final String user;

	private final String password;

	private TestDatabase(Kind kind, String name, String url, String user, String password) {
		this.kind = kind;
		this.name = name;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * Creates an empty schema (PostgreSQL), database (MariaDB) or in-memory database (H2) named after
	 * the owner and a random suffix.
	 */
	public static TestDatabase create(Kind kind, Class<?> owner) {
		String name = uniqueName(owner);
		return switch (kind) {
			case POSTGRESQL -> {
				TestServers.Server server = TestServers.postgresql();
				execute(server.url(), server.user(), server.password(), "CREATE SCHEMA " + name);
				yield new TestDatabase(kind, name, withParameter(server.url(), "currentSchema=" + name),
						server.user(), server.password());
			}
			case MARIADB -> {
				TestServers.Server server = TestServers.mariadb();
				execute(server.url(), server.user(), server.password(), "CREATE DATABASE " + name);
				yield new TestDatabase(kind, name, withDatabase(server.url(), name), server.user(),
						server.password());
			}
			case H2 -> new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
		};
	}

	public Kind kind() {
		return this.kind;
	}

	/** The schema (PostgreSQL, H2: {@code PUBLIC}) or database (MariaDB) the tests work in. */
	public String schema() {
		return switch (this.kind) {
			case POSTGRESQL, MARIADB -> this.name;
			case H2 -> "PUBLIC";
		};
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	/** A DataSource that opens a new connection, with this database's schema as default, each call. */
	public DataSource dataSource() {
		try {
			Driver driver = DriverManager.getDriver(this.url);
			return new SimpleDriverDataSource(driver, this.url, this.user, this.password);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No JDBC driver for " + this.url, ex);
		}
	}

	/** Runs statements on a connection of this database, for arranging and checking tests. */
	public void execute(String... sql) {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test setup failed: " + ex.getMessage(), ex);
		}
	}

	/** The first column of a query's rows, as text. */
	public java.util.List<String> query(String sql) {
		java.util.List<String> rows = new java.util.ArrayList<>();
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test query failed: " + ex.getMessage() + "\n  " + sql, ex);
		}
	}

	@Override
	public void close() {
		switch (this.kind) {
			case POSTGRESQL -> {
				TestServers.Server server = TestServers.postgresql();
				execute(server.url(), server.user(), server.password(), "DROP SCHEMA IF EXISTS " + this.name + " CASCADE");
			}
			case MARIADB -> {
				TestServers.Server server = TestServers.mariadb();
				execute(server.url(), server.user(), server.password(), "DROP DATABASE IF EXISTS " + this.name);
			}
			case H2 -> execute("SHUTDOWN");
		}
	}

	private static String uniqueName(Class<?> owner) {
		String base = owner.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (base.length() > 40) {
			base = base.substring(0, 40);
		}
		return "t_" + base + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36);
	}

	private static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	private static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String path = (query < 0) ? url : url.substring(0, query);
		String rest = (query < 0) ? "" : url.substring(query);
		int slash = path.indexOf('/', path.indexOf("//") + 2);
		String server = (slash < 0) ? path : path.substring(0, slash);
		return server + "/" + database + rest;
	}

	private static void execute(String url, String user, String password, String sql) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		try (Connection connection = DriverManager.getConnection(url, properties);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

}

package dev.migrate.core.testing;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own for one test class, neutral about which database it is: its name, URL, user and
 * password, the schema the tests work in, the dialect's name, and how to drop it ({@link #close()}). Each
 * database's contract test class says how to create one (e.g. {@code PostgresContractTests.database}).
 */
public final class TestDatabase implements AutoCloseable {

	/** How a database is dropped once its tests are done. */
	@FunctionalInterface
	public interface Dropper {

		void drop(TestDatabase database);

	}

	/**
	 * How tests read what a database holds; by default from {@code information_schema}, which a database
	 * without one (SQLite) reads its own way.
	 */
	public interface Inventory {

		/** {@code information_schema}'s. */
		Inventory STANDARD = new Inventory() {
		};

		/** The tables and views of the test's schema, in lower case, sorted. */
		default List<String> tables(TestDatabase database) {
			return database.query("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = "
					+ "LOWER('" + database.schema() + "') ORDER BY 1");
		}

		/** The columns of a table of the test's schema, in lower case, sorted. */
		default List<String> columns(TestDatabase database, String table) {
			return database.query("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_schema) = "
					+ "LOWER('" + database.schema() + "') AND LOWER(table_name) = '" + table + "' ORDER BY 1");
		}

		/** The schemas (MySQL: databases) beside the test's whose lower-case names are like {@code pattern} (SQL LIKE). */
		default List<String> schemas(TestDatabase database, String pattern) {
			return database.query("SELECT LOWER(schema_name) FROM information_schema.schemata "
					+ "WHERE LOWER(schema_name) LIKE '" + pattern + "' ORDER BY 1");
		}

	}

	private final String name;

	private final String url;

	private final String user;

	private final String password;

	private final String schema;

	private final String dialect;

	private final Dropper dropper;

	private final Inventory inventory;

	/**
	 * @param name the database's (or schema's) own name, unique to the test class
	 * @param schema the schema (MySQL: database) the tests work in
	 * @param dialect the dialect's name, as in script file names
	 */
	public TestDatabase(String name, String url, String user, String password, String schema, String dialect,
			Dropper dropper) {
		this(name, url, user, password, schema, dialect, dropper, Inventory.STANDARD);
	}

	/**
	 * @param name the database's (or schema's) own name, unique to the test class
	 * @param schema the schema (MySQL: database) the tests work in
	 * @param dialect the dialect's name, as in script file names
	 * @param inventory how the tests read the database's tables, columns and schemas
	 */
	public TestDatabase(String name, String url, String user, String password, String schema, String dialect,
			Dropper dropper, Inventory inventory) {
		this.inventory = inventory;
		this.name = name;
		this.url = url;
		this.user = user;
		this.password = password;
		this.schema = schema;
		this.dialect = dialect;
		this.dropper = dropper;
	}

	/** A name for a test class's schema or database: the owner's name and a random suffix. */
	public static String uniqueName(Class<?> owner) {
		String base = owner.getName().substring(owner.getName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
		if (base.length() > 40) {
			base = base.substring(0, 40);
		}
		return "t_" + base + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36);
	}

	/** The database's (or schema's) own name. */
	public String name() {
		return this.name;
	}

	/** The schema (MySQL: database) the tests work in. */
	public String schema() {
		return this.schema;
	}

	/** The dialect's name, as in script file names: {@code postgresql}, {@code mysql}, ... */
	public String dialect() {
		return this.dialect;
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

	/** The tables and views of the test's schema, in lower case, sorted. */
	public List<String> tables() {
		return this.inventory.tables(this);
	}

	/** The columns of a table of the test's schema, in lower case, sorted. */
	public List<String> columns(String table) {
		return this.inventory.columns(this, table);
	}

	/** The schemas (MySQL: databases) whose lower-case names are like {@code pattern} (SQL LIKE), sorted. */
	public List<String> schemas(String pattern) {
		return this.inventory.schemas(this, pattern);
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
		this.dropper.drop(this);
	}

	/** The URL with a query parameter added. */
	public static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	/** The URL of another database on the same server. */
	public static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String path = (query < 0) ? url : url.substring(0, query);
		String rest = (query < 0) ? "" : url.substring(query);
		int slash = path.indexOf('/', path.indexOf("//") + 2);
		String server = (slash < 0) ? path : path.substring(0, slash);
		return server + "/" + database + rest;
	}

	/** Runs one statement on a server: how the databases' factories create and drop them. */
	public static void executeOn(String url, String user, String password, String sql) {
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

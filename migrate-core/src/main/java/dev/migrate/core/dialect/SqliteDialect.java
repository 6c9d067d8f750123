package dev.migrate.core.dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.dialect.ScriptSyntax.Feature;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.SnapshotCatalog;
import dev.migrate.core.schema.SqliteSnapshotCatalog;
import org.jspecify.annotations.Nullable;

/**
 * SQLite (3.35 or newer, through sqlite-jdbc): transactional DDL, so a changeset, its version bump and its
 * history row commit together; a repository lock of its own ({@link SqliteLock}), since SQLite has none; and
 * the ALTERs it lacks done by rebuilding the table ({@link SqliteDdlRenderer}).
 *
 * <p>SQLite's schemas are the database files a connection has attached ({@code main}, {@code temp} and
 * those of {@code ATTACH}), and unqualified names always resolve to {@code main}: a connection cannot be made
 * to work in another. So the current schema is {@code main}, and a schema of Migrate's (the round trip's
 * scratch schema, {@code migrate.schema}) is the database file {@code <schema>.db} beside the main one, on a
 * connection of its own, and dropped by deleting the file. An in-memory database has no such schemas.
 */
public final class SqliteDialect implements Dialect {

	/** The one schema that unqualified names resolve to. */
	public static final String MAIN = "main";



	/** Names in backticks and brackets too; no dollar quotes ({@code $name} is a parameter); trigger bodies. */
	private static final ScriptSyntax SYNTAX = ScriptSyntax.of(Feature.BACKTICK_IDENTIFIERS, Feature.BRACKET_IDENTIFIERS,
			Feature.TRIGGER_BODIES);


	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	public String productName() {
		return "SQLite";
	}

	@Override
	public Recognition recognise(Connection connection) {
		return Recognition.mineIf(connection.getClass().getName().startsWith("org.sqlite."));
	}

	@Override
	public Recognition recogniseProduct(Connection connection, String productName) {
		return Recognition.mineIf(productName.toLowerCase(Locale.ROOT).equals("sqlite"));
	}

	@Override
	public ScriptSyntax scriptSyntax() {
		return SYNTAX;
	}

	@Override
	public SnapshotCatalog catalog() {
		// made when asked: a start with nothing pending reads no snapshot, so need not load a catalog
		return new SqliteSnapshotCatalog();
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return true;
	}

	@Override
	public boolean lock(Connection connection, String lockName, Duration timeout) throws SQLException {
		return SqliteLock.lock(databaseFile(connection), place(connection), lockName, timeout);
	}

	@Override
	public void unlock(Connection connection, String lockName) throws SQLException {
		SqliteLock.unlock(databaseFile(connection), place(connection), lockName);
	}

	@Override
	public String currentSchema(Connection connection) {
		return MAIN;
	}

	/**
	 * Only {@code main} resolves unqualified names: another schema is worked in on a connection of its own
	 * ({@link #connectionIn}).
	 */
	@Override
	public void useSchema(Connection connection, String schema) throws SQLException {
		if (!MAIN.equalsIgnoreCase(schema)) {
			throw new SQLException("SQLite cannot make unqualified names resolve to the schema '" + schema
					+ "': they always resolve to 'main'. Open a connection on the schema's database file instead");
		}
	}

	/**
	 * A schema other than {@code main} is the database file {@code <schema>.db} beside the main one, opened
	 * anew, enforcing foreign keys where this connection does.
	 */
	@Override
	public Connection connectionIn(Connection connection, String schema) throws SQLException {
		if (MAIN.equalsIgnoreCase(schema)) {
			return connection;
		}
		boolean foreignKeys;
		try (Statement statement = connection.createStatement();
				ResultSet pragma = statement.executeQuery("PRAGMA foreign_keys")) {
			foreignKeys = pragma.next() && pragma.getBoolean(1);
		}
		Connection other = openBeside(connection, schemaFile(connection, schema));
		try (Statement statement = other.createStatement()) {
			statement.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
		}
		catch (SQLException ex) {
			other.close();
			throw ex;
		}
		connection.close();
		return other;
	}

	/** A schema is {@code main}, {@code temp}, an attached database, or a database file beside the main one. */
	@Override
	public boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet databases = statement.executeQuery("SELECT name FROM pragma_database_list")) {
			while (databases.next()) {
				if (schema.equalsIgnoreCase(databases.getString(1))) {
					return true;
				}
			}
		}
		return Files.exists(schemaFile(connection, schema));
	}

	/** Creates the database file {@code <schema>.db} beside the main one. */
	@Override
	public void createSchema(Connection connection, String schema) throws SQLException {
		try (Connection created = openBeside(connection, schemaFile(connection, schema));
				Statement statement = created.createStatement()) {
			statement.execute("PRAGMA user_version = 0");
		}
	}

	/** Detaches an attached database, and deletes a schema's database file (and its journal and lock files). */
	@Override
	public void dropSchema(Connection connection, String schema) throws SQLException {
		if (MAIN.equalsIgnoreCase(schema) || "temp".equalsIgnoreCase(schema)) {
			throw new SQLException("SQLite's schema '" + schema + "' cannot be dropped: it is the connection's own");
		}
		try (Statement statement = connection.createStatement();
				ResultSet attached = statement.executeQuery("SELECT 1 FROM pragma_database_list WHERE name = '"
						+ schema.replace("'", "''") + "' COLLATE NOCASE")) {
			if (attached.next()) {
				try (Statement detach = connection.createStatement()) {
					detach.execute("DETACH DATABASE " + quote(schema));
				}
			}
		}
		Path file = schemaFile(connection, schema);
		try {
			for (String suffix : new String[] { "", "-journal", "-wal", "-shm" }) {
				Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
			}
			Files.deleteIfExists(SqliteLock.lockFile(file));
		}
		catch (IOException ex) {
			throw new SQLException("Could not delete the database file of schema '" + schema + "': " + ex.getMessage(), ex);
		}
	}

	/** sqlite-jdbc's message names the token a syntax error is near: the line of its first use is the error's. */
	@Override
	public int errorLineOffset(SQLException error, String statement) {
		Matcher near = Patterns.NEAR.matcher(String.valueOf(error.getMessage()));
		if (!near.find()) {
			return -1;
		}
		String token = near.group(1);
		boolean word = token.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '_');
		Matcher found = Pattern.compile(word ? "(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])" : Pattern.quote(token),
				Pattern.CASE_INSENSITIVE).matcher(statement);
		if (!found.find()) {
			return -1;
		}
		return (int) statement.substring(0, found.start()).chars().filter((c) -> c == '\n').count();
	}

	@Override
	public String timestampType() {
		return "TIMESTAMP";
	}

	/** A rowid alias; AUTOINCREMENT never hands out the id of a deleted row again. */
	@Override
	public String identityColumn() {
		return "INTEGER PRIMARY KEY AUTOINCREMENT";
	}

	@Override
	public DdlRenderer ddl() {
		return new SqliteDdlRenderer();
	}

	@Override
	public String toString() {
		return name();
	}

	/** The file of the connection's main database, as its canonical path; null for an in-memory database. */
	static @Nullable Path databaseFile(Connection connection) throws SQLException {
		String file = null;
		try (Statement statement = connection.createStatement();
				ResultSet databases = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
			if (databases.next()) {
				file = databases.getString(1);
			}
		}
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return Path.of(file).toRealPath();
		}
		catch (IOException ex) {
			return Path.of(file).toAbsolutePath().normalize();
		}
	}

	/** The database file of a schema: {@code <schema>.db} beside the main database's file. */
	/**
	 * A connection to another database file, through the driver of {@code connection}: not through
	 * {@code DriverManager}, which does not see a driver loaded by another class loader than the caller's (a
	 * Maven plugin's project, an application server).
	 */
	private static Connection openBeside(Connection connection, Path file) throws SQLException {
		try {
			Driver driver = (Driver) Class.forName("org.sqlite.JDBC", true, connection.getClass().getClassLoader())
				.getDeclaredConstructor()
				.newInstance();
			Connection other = driver.connect("jdbc:sqlite:" + file, new java.util.Properties());
			if (other == null) {
				throw new SQLException("sqlite-jdbc does not accept jdbc:sqlite:" + file);
			}
			return other;
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw new SQLException("Could not open " + file + " with the driver of the connection (" + ex + ")", ex);
		}
	}

	private static Path schemaFile(Connection connection, String schema) throws SQLException {
		if (!Patterns.SCHEMA_NAME.matcher(schema).matches()) {
			throw new SQLException("The SQLite schema '" + schema + "' is not a name of letters, digits and underscores, "
					+ "which Migrate takes as the name of its database file");
		}
		Path main = databaseFile(connection);
		if (main == null) {
			throw new SQLException("SQLite keeps an in-memory database's schemas nowhere but in its connection: the "
					+ "schema '" + schema + "' needs a database file. Use a database file, or run the round trip in place "
					+ "(test())");
		}
		return main.resolveSibling(schema + ".db");
	}

	private static String place(Connection connection) throws SQLException {
		return connection.getMetaData().getURL();
	}

	/** Compiled when first used, not when the dialects are listed at the start of every command. */
	private static final class Patterns {

		static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]+");

		static final Pattern NEAR = Pattern.compile("near \"([^\"]+)\": syntax error");

	}

	/** SQLite has one writer a database: a fleet migrates one schema at a time. */
	@Override
	public boolean changesSchemasConcurrently() {
		return false;
	}

}

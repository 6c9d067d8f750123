package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.SnapshotCatalog;
import org.jspecify.annotations.Nullable;

/**
 * What differs between databases, as far as the engine needs it: the name scripts are chosen by,
 * whether DDL is transactional, the repository lock, the current schema and a few type names of the
 * version and history tables; how it is recognised from a connection, the lexical features of its
 * scripts, what snapshots read from its catalog, and the SQL of the changeset API, through its
 * {@link #ddl()} renderer. One implementation per database, found by {@link Dialects} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.migrate.core.dialect.Dialect}), so that a
 * database may live outside the core.
 */
public interface Dialect {

	/** The name in script file names and in {@code migrate.dialect}, e.g. {@code postgresql}; see {@link Dialects#names()}. */
	String name();

	/** Other names {@link Dialects#byName} takes for this dialect (e.g. {@code postgres}); none by default. */
	default List<String> aliases() {
		return List.of();
	}

	/** The database as messages name it, e.g. {@code PostgreSQL}; by default the dialect's name. */
	default String productName() {
		return name();
	}

	/**
	 * Whether the database behind a connection is this dialect's, told without a query: from the driver's
	 * connection class and what the driver learnt when it connected. This is how a start with nothing
	 * pending stays at one query.
	 * @param connection the driver's own connection, unwrapped from any pool
	 */
	Recognition recognise(Connection connection);

	/**
	 * Whether the database is this dialect's, from the product name its driver reports: asked only when no
	 * dialect recognised the connection itself (a driver of another vendor, a wrapper that does not unwrap).
	 * Not this dialect's by default.
	 */
	default Recognition recogniseProduct(Connection connection, String productName) throws SQLException {
		return Recognition.notMine();
	}

	/** The lexical features of this database's scripts, which the script splitter follows; by default standard SQL. */
	default ScriptSyntax scriptSyntax() {
		return ScriptSyntax.STANDARD;
	}

	/**
	 * What schema snapshots read from this database's catalog; by default JDBC metadata alone, which
	 * leaves check constraints out and says so.
	 */
	default SnapshotCatalog catalog() {
		return SnapshotCatalog.STANDARD;
	}

	/**
	 * What this database spells two ways (type synonyms, default casts, equivalent rules), made one for the
	 * JPA model diff; by default none beyond case and standard SQL's sized types.
	 */
	default SchemaSynonyms synonyms() {
		return SchemaSynonyms.STANDARD;
	}

	/** Whether JDBC metadata names this database's schemas as catalogs (MySQL: a schema is a database). */
	default boolean schemaIsCatalog() {
		return catalog().schemaIsCatalog();
	}

	/**
	 * Whether DDL statements take part in transactions, so that a changeset and its version bump
	 * commit together. Where they do not, a failed changeset leaves the repository dirty.
	 */
	boolean supportsTransactionalDdl();

	/**
	 * Takes the lock named {@code lockName} for {@code connection}'s session, waiting at most
	 * {@code timeout}. The lock dies with the connection, and holding it opens no transaction.
	 * @return whether the lock was taken within the timeout
	 */
	boolean lock(Connection connection, String lockName, Duration timeout) throws SQLException;

	/** Releases a lock taken with {@link #lock}. */
	void unlock(Connection connection, String lockName) throws SQLException;

	/** The schema (on MySQL: the database) that unqualified names resolve to. */
	@Nullable String currentSchema(Connection connection) throws SQLException;

	/** Makes {@code schema} the one that unqualified names resolve to. */
	void useSchema(Connection connection, String schema) throws SQLException;

	/**
	 * The connection to work in {@code schema} with: by default this one, made to resolve unqualified names
	 * there by {@link #useSchema}. Where no connection can be made so (SQLite, whose schemas are database
	 * files), a new connection on the schema, and this one is closed.
	 */
	default Connection connectionIn(Connection connection, String schema) throws SQLException {
		useSchema(connection, schema);
		return connection;
	}

	/**
	 * Where in a failed statement the database says its error is, as lines after the statement's first
	 * line; -1 when the driver does not say. A long statement's error is then reported at its line.
	 */
	default int errorLineOffset(SQLException error, String statement) {
		return -1;
	}

	/**
	 * Whether the engine looks up its tables before it queries them, rather than querying and taking a
	 * failure for a missing table: where the driver logs every failed query as a warning (MariaDB's does),
	 * a first start would otherwise log a warning for each table not there yet.
	 */
	default boolean checksTablesBeforeQuerying() {
		return false;
	}

	/**
	 * Whether sessions may change schemas side by side, as a fleet does on its pool; by default they may.
	 * Not where DDL locks the whole catalog (H2's) or the database has one writer (SQLite): there one
	 * schema's changeset would wait on another's and time out, so a fleet migrates one schema at a time.
	 */
	default boolean changesSchemasConcurrently() {
		return true;
	}

	/**
	 * What to do about a database error that has a known cause in the script itself; null when there is
	 * nothing to add to the database's message.
	 */
	default @Nullable String adviceFor(SQLException error) {
		return null;
	}

	/** Whether a schema (on MySQL: a database) of this name exists, compared without case. */
	default boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (ResultSet schemas = connection.getMetaData().getSchemas()) {
			while (schemas.next()) {
				if (schema.equalsIgnoreCase(schemas.getString("TABLE_SCHEM"))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Creates a schema (on MySQL: a database), as the round trip does for a scratch schema of its own.
	 * By default standard SQL's {@code CREATE SCHEMA}.
	 */
	default void createSchema(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + quote(schema));
		}
	}

	/** Drops a schema (on MySQL: a database) with everything in it; by default {@code DROP SCHEMA ... CASCADE}. */
	default void dropSchema(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + quote(schema) + " CASCADE");
		}
	}

	/** A string as an SQL literal, for statements written down rather than run (a dry run). */
	default String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Whether an {@code UPDATE ... RETURNING} can feed an {@code INSERT} in one statement ({@code WITH}),
	 * which records a changeset's version and history row in one round trip.
	 */
	default boolean supportsUpdateInWith() {
		return false;
	}

	/** Quotes an identifier for this database; by default as standard SQL does, in double quotes. */
	default String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** The column type of unbounded text. */
	default String textType() {
		return "TEXT";
	}

	/** The column type of a point in time; by default with its time zone. */
	default String timestampType() {
		return "TIMESTAMP WITH TIME ZONE";
	}

	/** The column definition of a generated primary key; by default standard SQL's identity column. */
	default String identityColumn() {
		return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
	}

	/** Writes the changeset API's changes as this database's SQL. */
	DdlRenderer ddl();

}

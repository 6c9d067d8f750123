package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import dev.migrate.core.schema.DdlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * What differs between databases, as far as the engine needs it: the name scripts are chosen by,
 * whether DDL is transactional, the repository lock, the current schema and a few type names of the
 * version and history tables; and the SQL of the changeset API, through its {@link #ddl()} renderer. One
 * implementation per database.
 */
public interface Dialect {

	/** The name in script file names: {@code postgresql}, {@code mysql} or {@code h2}. */
	String name();

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

	/** Quotes an identifier for this database. */
	String quote(String identifier);

	/** The column type of unbounded text. */
	default String textType() {
		return "TEXT";
	}

	/** The column type of a point in time. */
	default String timestampType() {
		return "TIMESTAMP";
	}

	/** The column definition of a generated primary key. */
	String identityColumn();

	/** Writes the changeset API's changes as this database's SQL. */
	DdlRenderer ddl();

}

package dev.migrate.core.repository;

import java.sql.Connection;
import java.util.Map;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.schema.Schema;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a {@link JavaChangeset} works with: the engine's connection, in the changeset's transaction. */
public interface ChangesetContext {

	/** The connection to run statements on; do not commit, roll back or close it. */
	Connection connection();

	/** A JdbcTemplate on {@link #connection()}. */
	JdbcTemplate jdbcTemplate();

	/** The database's dialect. */
	Dialect dialect();

	/** The version being upgraded to or downgraded from. */
	int version();

	/** Whether this is an upgrade or a downgrade. */
	Direction direction();

	/** The configured placeholders. */
	Map<String, String> placeholders();

	/**
	 * The changeset API on {@link #connection()}: schema changes written as the database's SQL, run at
	 * once in the changeset's transaction.
	 */
	default Schema schema() {
		throw new UnsupportedOperationException(getClass().getName() + " offers no changeset API");
	}

}

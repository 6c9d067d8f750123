package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.core.MigrateException;
import dev.migrate.core.internal.sql.ParsedScript;
import dev.migrate.core.internal.sql.SqlScriptSplitter;
import dev.migrate.core.internal.sql.SqlStatement;
import dev.migrate.core.repository.SqlScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs SQL scripts on the session's connection: statement by statement, or, inside a changeset's
 * transaction, as one JDBC batch. A failure names the script, the statement and its line.
 */
final class ScriptExecutor {

	private static final Logger logger = LoggerFactory.getLogger(ScriptExecutor.class);

	private final Session session;

	ScriptExecutor(Session session) {
		this.session = session;
	}

	/**
	 * Reads and splits a script, its placeholders replaced, before anything is recorded: a bad script
	 * changes nothing.
	 *
	 * @param batch whether it runs inside the changeset's transaction, where it is sent as one batch
	 */
	ChangesetExecution prepare(SqlScript script, boolean batch) throws StepFailure {
		ParsedScript parsed = parse(script);
		return () -> {
			if (batch && parsed.statements().size() > 1) {
				executeBatch(script.fileName(), parsed);
			}
			else {
				execute(script.fileName(), parsed);
			}
			return null;
		};
	}

	/** A script already split, for example the downgrade recorded with an upgrade; run statement by statement. */
	ChangesetExecution prepared(String source, ParsedScript parsed) {
		return () -> {
			execute(source, parsed);
			return null;
		};
	}

	/** Splits SQL text written for the session's dialect. */
	ParsedScript split(String text) {
		return SqlScriptSplitter.split(text, this.session.dialect().scriptSyntax());
	}

	private ParsedScript parse(SqlScript script) throws StepFailure {
		if (!script.unknownDirectives().isEmpty()) {
			String unknown = String.join("', '-- migrate:", script.unknownDirectives());
			throw new StepFailure(script.fileName(), "'-- migrate:" + unknown + "' is not a directive: the "
					+ "directives are -- migrate:irreversible and -- migrate:no-transaction", new IllegalArgumentException(unknown));
		}
		try {
			String text = Placeholders.replace(script.text(), this.session.config().placeholders(), script.fileName());
			ParsedScript parsed = split(text);
			for (String warning : parsed.warnings()) {
				logger.warn("{}: {}", script.fileName(), warning);
			}
			if (parsed.statements().isEmpty()) {
				logger.warn("{} has no statement (it is empty or only comments): it is recorded as run, and changes "
						+ "nothing", script.fileName());
			}
			return parsed;
		}
		catch (IllegalArgumentException | MigrateException ex) {
			throw new StepFailure(script.fileName(), ex.getMessage(), ex);
		}
	}

	private void execute(String source, ParsedScript parsed) throws StepFailure {
		Connection connection = this.session.connection();
		try (Statement statement = connection.createStatement()) {
			boolean first = true;
			for (SqlStatement sql : parsed.statements()) {
				try {
					statement.execute(sql.sql());
				}
				catch (SQLException ex) {
					String lost = lost(connection) ? "the connection to the database was lost: " : "";
					int offset = this.session.dialect().errorLineOffset(ex, sql.sql());
					throw new StepFailure(source, sql.line() + Math.max(offset, 0), sql.sql(), lost + ex.getMessage(), ex)
						.nothingRan(first)
						.advice(this.session.dialect().adviceFor(ex));
				}
				first = false;
			}
		}
		catch (SQLException ex) {
			throw new StepFailure(source, ex.getMessage(), ex);
		}
	}

	/**
	 * Sends a script's statements in one round trip, inside the changeset's transaction. When one fails,
	 * the batch does not say reliably which; so the transaction is rolled back and the statements run
	 * again one at a time, which names the statement that fails and its line. Nothing stays either way:
	 * the recording protocol rolls back whatever a failure leaves.
	 */
	private void executeBatch(String source, ParsedScript parsed) throws StepFailure {
		Connection connection = this.session.connection();
		try (Statement statement = connection.createStatement()) {
			for (SqlStatement sql : parsed.statements()) {
				statement.addBatch(sql.sql());
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			SQLException cause = (ex.getNextException() != null) ? ex.getNextException() : ex;
			if (lost(connection)) {
				throw new StepFailure(source, "the connection to the database was lost: " + cause.getMessage(), cause);
			}
			Transaction.rollback(connection);
			execute(source, parsed);
			throw new StepFailure(source, cause.getMessage() + " (it failed in a batch, and did not fail again when "
					+ "run statement by statement)", cause);
		}
	}

	/** Whether the connection died under a statement (the server ended it, or the network did). */
	private static boolean lost(Connection connection) {
		try {
			return connection.isClosed() || !connection.isValid(2);
		}
		catch (SQLException ex) {
			return true;
		}
	}

}

package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction on a session's connection: begin, commit and rollback in one place. The connection is
 * in auto-commit between a command's writes, and a transaction leaves it so again, quietly where the
 * connection is gone, so that the failure that ended the work is the one reported, not "connection closed".
 */
final class Transaction implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Transaction.class);

	private final Connection connection;

	private Transaction(Connection connection) {
		this.connection = connection;
	}

	/** Starts a transaction; {@link #close} ends it, after a {@link #commit} or a {@link #rollback}. */
	static Transaction begin(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		return new Transaction(connection);
	}

	/**
	 * Runs work in one transaction: it commits when the work returns, and rolls back when it throws.
	 *
	 * @param <T> what the work returns
	 * @param <E> the checked exception the work throws besides {@link SQLException}
	 */
	static <T, E extends Exception> T run(Connection connection, Work<T, E> work) throws SQLException, E {
		try (Transaction transaction = begin(connection)) {
			try {
				T result = work.run();
				transaction.commit();
				return result;
			}
			catch (Exception ex) {
				transaction.rollback();
				throw ex;
			}
		}
	}

	void commit() throws SQLException {
		this.connection.commit();
	}

	/** Rolls back what a failure left; a rollback that fails too is logged, not thrown over the failure. */
	void rollback() {
		rollback(this.connection);
	}

	/**
	 * Rolls back the connection's open transaction, for work that must start it again inside the same
	 * transaction (a failed batch that runs again statement by statement); logged where it fails.
	 */
	static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			logger.warn("Rollback failed: {}", ex.getMessage());
		}
	}

	/** Back to auto-commit; quietly where the connection is gone. */
	@Override
	public void close() throws SQLException {
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			if (!this.connection.isClosed()) {
				throw ex;
			}
		}
	}

	/** Work done in a transaction. */
	@FunctionalInterface
	interface Work<T, E extends Exception> {

		T run() throws SQLException, E;

	}

}

package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.ChangesetFailedException;
import org.jspecify.annotations.Nullable;

/**
 * Where DDL commits as it runs (MySQL, MariaDB, H2), and for a changeset that runs outside a transaction:
 * the run is recorded as started before its statements and as done after them, so that a failure leaves
 * the started row behind and the repository dirty until an operator repairs it.
 */
final class DirtyFlagRecording implements RecordingProtocol {

	private final Session session;

	private final RunRecords records;

	private final boolean inTransaction;

	private long startedRow = -1;

	private @Nullable Transaction transaction;

	/**
	 * @param inTransaction whether the changeset's statements run in a transaction of their own (which
	 *     keeps what DML they hold together on a database whose DDL commits anyway)
	 */
	DirtyFlagRecording(Session session, boolean inTransaction) {
		this.session = session;
		this.records = new RunRecords(session);
		this.inTransaction = inTransaction;
	}

	@Override
	public boolean inOneTransaction() {
		return false;
	}

	@Override
	public void begin(ChangesetStep step) throws SQLException {
		if (step.insertVersionRow()) {
			this.records.writeVersion(step, true);
		}
		this.startedRow = this.session.historyTable().insert(this.session.repositoryId(), step.started());
		if (this.inTransaction) {
			this.transaction = Transaction.begin(this.session.connection());
		}
	}

	@Override
	public void finish(ChangesetStep step, long executionMs, @Nullable String learnedDowngradeScript)
			throws SQLException {
		if (this.transaction != null) {
			try {
				this.transaction.commit();
			}
			finally {
				this.transaction.close();
			}
		}
		String digest = this.records.digestAfter(step);
		Transaction.run(this.session.connection(), () -> {
			this.records.writeVersion(step, false);
			this.session.historyTable().markSucceeded(this.startedRow, executionMs, digest, learnedDowngradeScript);
			return null;
		});
		this.records.recordDigest(step);
	}

	@Override
	public ChangesetFailedException fail(ChangesetStep step, StepFailure failure) throws SQLException {
		abandon();
		return failure.toException(step.changeset(), step.direction(), true);
	}

	@Override
	public void abandon() throws SQLException {
		if (this.transaction != null) {
			this.transaction.rollback();
			this.transaction.close();
		}
	}

}

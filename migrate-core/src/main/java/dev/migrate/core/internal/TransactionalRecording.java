package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.ChangesetFailedException;
import org.jspecify.annotations.Nullable;

/**
 * Where DDL is transactional (PostgreSQL): the changeset's statements, its version bump and its history
 * row commit in one transaction, or none of them does.
 */
final class TransactionalRecording implements RecordingProtocol {

	private final Session session;

	private final RunRecords records;

	private @Nullable Transaction transaction;

	TransactionalRecording(Session session) {
		this.session = session;
		this.records = new RunRecords(session);
	}

	@Override
	public boolean inOneTransaction() {
		return true;
	}

	@Override
	public void begin(ChangesetStep step) throws SQLException {
		this.transaction = Transaction.begin(this.session.connection());
	}

	@Override
	public void finish(ChangesetStep step, long executionMs, @Nullable String learnedDowngradeScript)
			throws SQLException {
		Transaction transaction = transaction();
		try {
			HistoryEntry succeeded = step.started().succeeded(executionMs, learnedDowngradeScript,
					this.records.digestAfter(step));
			if (!step.insertVersionRow() && this.session.dialect().supportsUpdateInWith()) {
				this.session.historyTable().appendMovingVersion(this.session.repositoryId(), succeeded,
						this.session.versionTable().name(), step.newVersion());
			}
			else {
				this.records.writeVersion(step, step.insertVersionRow());
				this.session.historyTable().append(this.session.repositoryId(), succeeded);
			}
			transaction.commit();
		}
		catch (SQLException | RuntimeException ex) {
			transaction.rollback();
			throw ex;
		}
		finally {
			transaction.close();
		}
		this.records.recordDigest(step);
	}

	@Override
	public ChangesetFailedException fail(ChangesetStep step, StepFailure failure) throws SQLException {
		abandon();
		return failure.toException(step.changeset(), step.direction(), false);
	}

	@Override
	public void abandon() throws SQLException {
		Transaction transaction = transaction();
		transaction.rollback();
		transaction.close();
	}

	private Transaction transaction() {
		if (this.transaction == null) {
			throw new IllegalStateException("The run was not begun");
		}
		return this.transaction;
	}

}

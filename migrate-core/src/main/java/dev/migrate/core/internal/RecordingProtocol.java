package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * How a changeset run is recorded, so that nothing is ever half-recorded: {@link #begin} before its
 * statements run, then {@link #finish} or {@link #fail}.
 */
interface RecordingProtocol {

	/**
	 * The protocol of a changeset in a direction: in one transaction where the database's DDL is
	 * transactional and the changeset runs in a transaction; else recorded as started, then as done.
	 */
	static RecordingProtocol of(Session session, Changeset changeset, Direction direction) {
		boolean inTransaction = changeset.inTransaction(direction);
		if (session.dialect().supportsTransactionalDdl() && inTransaction) {
			return new TransactionalRecording(session);
		}
		return new DirtyFlagRecording(session, inTransaction);
	}

	/** Whether the statements, the version bump and the history row commit in one transaction. */
	boolean inOneTransaction();

	/** Before the step's statements run. */
	void begin(ChangesetStep step) throws SQLException;

	/**
	 * After they ran: records the step as done.
	 *
	 * @param learnedDowngradeScript the downgrade script learned while it ran, if any
	 */
	void finish(ChangesetStep step, long executionMs, @Nullable String learnedDowngradeScript) throws SQLException;

	/** After a statement failed: keeps what the protocol keeps, and returns the exception to report. */
	ChangesetFailedException fail(ChangesetStep step, StepFailure failure) throws SQLException;

	/** After anything else went wrong while the statements ran: undoes what can be undone. */
	void abandon() throws SQLException;

}

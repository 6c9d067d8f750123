package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetRun;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.SqlChangeset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one changeset in one direction and records it, so that nothing is ever half-recorded: what runs
 * is prepared first (a bad script changes nothing), then the {@link RecordingProtocol} begins, the
 * {@link ChangesetExecution} runs, and the protocol finishes or fails.
 *
 * <p>Where DDL is transactional (PostgreSQL), the changeset's statements, the version update and its
 * history row commit in one transaction ({@link TransactionalRecording}). Elsewhere (MySQL, MariaDB,
 * H2), and for a script marked {@code -- migrate:no-transaction}, the run is recorded as started before
 * it and as done after it ({@link DirtyFlagRecording}).
 */
final class ChangesetRunner {

	private static final Logger logger = LoggerFactory.getLogger(ChangesetRunner.class);

	private final Session session;

	private final ChangesetExecutors executors;

	ChangesetRunner(Session session) {
		this.session = session;
		this.executors = new ChangesetExecutors(session);
	}

	/** Runs a changeset's upgrade or downgrade, moving the version row to match. */
	ChangesetRun run(Changeset changeset, Direction direction) throws SQLException {
		int newVersion = (direction == Direction.UPGRADE) ? changeset.version() : changeset.version() - 1;
		return run(changeset, direction, newVersion, false);
	}

	/** Runs the baseline script of an empty database and puts it under version control at 0. */
	ChangesetRun runBaseline(SqlChangeset baseline) throws SQLException {
		return run(baseline, Direction.UPGRADE, 0, true);
	}

	private ChangesetRun run(Changeset changeset, Direction direction, int newVersion, boolean insertVersionRow)
			throws SQLException {
		this.session.appliedDigest(); // read before this run changes anything
		RecordingProtocol protocol = RecordingProtocol.of(this.session, changeset, direction);
		ChangesetExecution execution;
		@Nullable String downgradeScript;
		try {
			execution = this.executors.prepare(changeset, direction, protocol.inOneTransaction());
			downgradeScript = (direction == Direction.UPGRADE) ? this.executors.recordedDowngradeScript(changeset) : null;
		}
		catch (StepFailure failure) {
			throw failure.toException(changeset, direction, false);
		}
		ChangesetStep step = new ChangesetStep(changeset, direction, newVersion, insertVersionRow,
				HistoryEntry.started(changeset, direction, this.session.user(), downgradeScript));
		boolean upgrade = direction == Direction.UPGRADE;
		log("{} version {} ({}, {}) ...", upgrade ? "Upgrading to" : "Downgrading from", changeset.version(),
				changeset.description(), changeset.source(direction));
		protocol.begin(step);
		long start = System.nanoTime();
		@Nullable String learned;
		try {
			learned = execution.run();
		}
		catch (StepFailure failure) {
			throw protocol.fail(step, failure);
		}
		catch (RuntimeException ex) {
			protocol.abandon();
			throw ex;
		}
		long executionMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		protocol.finish(step, executionMs, learned);
		log("{} version {} ({}, {}) in {} ms", upgrade ? "Upgraded to" : "Downgraded from", changeset.version(),
				changeset.description(), changeset.type(), executionMs);
		return new ChangesetRun(changeset.version(), changeset.description(), changeset.type(), direction, executionMs);
	}

	/** The downgrade script an upgrade of a SQL changeset records, its placeholders replaced; for the dry run. */
	@Nullable String downgradeScript(Changeset changeset) {
		return this.executors.downgradeScript(changeset);
	}

	/**
	 * Logs a changeset's run at info; at debug on a schema of a fleet, whose upgrade's one line names its
	 * changesets, a thousand times over.
	 */
	private void log(String format, Object... arguments) {
		if (this.session.fleetTarget()) {
			logger.debug(format, arguments);
		}
		else {
			logger.info(format, arguments);
		}
	}

}

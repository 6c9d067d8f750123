package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.RepairResult;
import dev.migrate.core.ValidationResult.ChecksumMismatch;
import dev.migrate.core.repository.Changeset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a dirty state after an operator put the schema back by hand, and records the current checksum
 * of applied changesets that were edited. It appends {@code repair} rows: the history keeps the failure.
 */
public final class Repair {

	private static final Logger logger = LoggerFactory.getLogger(Repair.class);

	private final Session session;

	public Repair(Session session) {
		this.session = session;
	}

	/** Repairs the repository's records. */
	public RepairResult run() throws SQLException {
		return this.session.locked(() -> {
			DatabaseState state = this.session.state();
			Preconditions.requireUnderVersionControl(this.session, state);
			this.session.createTables();
			String user = this.session.user();
			HistoryEntry failed = state.failedRun();
			if (failed != null) {
				append(HistoryEntry.repair(failed.version(), failed.description(), failed.type(), null, user,
						this.session.appliedDigest().value()));
				logger.info("Repository '{}': cleared the failed {} of version {}; the database stays at version {}",
						this.session.repositoryId(), failed.direction().value(), failed.version(), state.dbVersion());
			}
			List<Integer> updated = new ArrayList<>();
			for (ChecksumMismatch mismatch : Validate.check(this.session, this.session.state()).mismatches()) {
				Changeset changeset = this.session.repository().changeset(mismatch.version());
				AppliedDigest digest = this.session.appliedDigest();
				append(HistoryEntry.repair(mismatch.version(), changeset.description(), changeset.type(),
						mismatch.current(), user, digest.valueWith(mismatch.version(), mismatch.current())));
				digest.apply(mismatch.version(), mismatch.current());
				updated.add(mismatch.version());
				logger.info("Repository '{}': recorded the new checksum of version {} ({})", this.session.repositoryId(),
						mismatch.version(), mismatch.source());
			}
			return new RepairResult((failed != null) ? failed.version() : null, updated);
		});
	}

	private void append(HistoryEntry entry) throws SQLException {
		this.session.historyTable().append(this.session.repositoryId(), entry);
	}

}

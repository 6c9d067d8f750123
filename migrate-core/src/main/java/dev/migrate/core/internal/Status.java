package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.ChangesetState;
import dev.migrate.core.ChangesetStatus;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Repository;

/** Tells where every changeset stands, without changing anything: it works on a dirty repository too. */
public final class Status {

	private final Session session;

	public Status(Session session) {
		this.session = session;
	}

	/** The repository's status in the database. */
	public RepositoryStatus run() throws SQLException {
		DatabaseState state = this.session.state();
		Repository repository = this.session.repository();
		Integer dbVersion = state.dbVersion();
		HistoryEntry failed = state.failedRun();
		int last = Math.max(repository.version(), (dbVersion != null) ? dbVersion : 0);
		List<ChangesetStatus> changesets = new ArrayList<>(last);
		for (int version = 1; version <= last; version++) {
			HistoryEntry upgrade = state.lastUpgrade(version);
			if (version > repository.version()) {
				boolean recorded = RecordedDowngrades.gap(this.session.historyTable().recorded(this.session.repositoryId(),
						version)) == null;
				changesets.add(new ChangesetStatus(version, (upgrade != null) ? upgrade.description() : "",
						(upgrade != null) ? upgrade.type() : null, ChangesetState.FUTURE,
						state.recordedChecksum(version), null, (upgrade != null) ? upgrade.appliedBy() : null,
						(upgrade != null) ? upgrade.appliedAt() : null, (upgrade != null) ? upgrade.executionMs() : null,
						recorded));
				continue;
			}
			Changeset changeset = repository.changeset(version);
			ChangesetState changesetState = (failed != null && failed.version() == version) ? ChangesetState.FAILED
					: (dbVersion != null && version <= dbVersion) ? ChangesetState.APPLIED : ChangesetState.PENDING;
			String checksum = changeset.checksum();
			String recorded = state.recordedChecksum(version);
			Boolean matches = (changesetState == ChangesetState.APPLIED && recorded != null && checksum != null)
					? recorded.equals(checksum) : null;
			boolean applied = changesetState == ChangesetState.APPLIED && upgrade != null;
			changesets.add(new ChangesetStatus(version, changeset.description(), changeset.type(), changesetState,
					checksum, matches, applied ? upgrade.appliedBy() : null,
					applied ? upgrade.appliedAt() : null, applied ? upgrade.executionMs() : null));
		}
		return new RepositoryStatus(this.session.repositoryId(), repository.version(), dbVersion, failed != null,
				changesets);
	}

}

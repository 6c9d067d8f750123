package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.repository.Direction;

/**
 * What a changeset run writes besides its statements, which both recording protocols write alike: the
 * version row, and the {@link AppliedDigest} the run leaves (in its history row, and in the session once
 * the run is committed).
 */
final class RunRecords {

	private final Session session;

	RunRecords(Session session) {
		this.session = session;
	}

	/** Moves the version row to the step's new version; inserts it for the run that puts the database under control. */
	void writeVersion(ChangesetStep step, boolean insert) throws SQLException {
		if (insert) {
			this.session.versionTable().insert(this.session.repositoryId(), this.session.repository().location(),
					step.newVersion());
		}
		else {
			this.session.versionTable().update(this.session.repositoryId(), step.newVersion());
		}
	}

	/** The digest the run leaves, for its history row; the baseline (version 0) leaves it as it is. */
	String digestAfter(ChangesetStep step) throws SQLException {
		AppliedDigest digest = this.session.appliedDigest();
		int version = step.changeset().version();
		if (version == 0) {
			return digest.value();
		}
		return (step.direction() == Direction.UPGRADE) ? digest.valueWith(version, step.changeset().checksum())
				: digest.valueWithout(version);
	}

	/** Moves the session's digest once the run is committed. */
	void recordDigest(ChangesetStep step) throws SQLException {
		int version = step.changeset().version();
		if (version == 0) {
			return;
		}
		if (step.direction() == Direction.UPGRADE) {
			this.session.appliedDigest().apply(version, step.changeset().checksum());
		}
		else {
			this.session.appliedDigest().remove(version);
		}
	}

}

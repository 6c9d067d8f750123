package dev.migrate.core.internal;

import java.time.Instant;

import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: one changeset run, stamp or repair.
 *
 * @param id the row's id, in the order of the runs
 * @param version the version
 * @param description the changeset's description
 * @param type SQL, Java or baseline
 * @param direction upgrade, downgrade, stamp or repair
 * @param checksum the changeset's checksum at the time
 * @param success false while a run on a database without transactional DDL is under way, or after it failed
 * @param appliedBy the database user
 * @param appliedAt when it started
 * @param executionMs how long it took
 * @param downgradeScript for an upgrade, the SQL that reverses it, when known
 * @param appliedDigest the {@link AppliedDigest} of the database after this row; null while a run is under way
 *     or where an older release or SQLAlchemy-Migrate wrote the row
 */
public record HistoryEntry(long id, int version, String description, ChangesetType type, Direction direction,
		@Nullable String checksum, boolean success, @Nullable String appliedBy, @Nullable Instant appliedAt,
		@Nullable Long executionMs, @Nullable String downgradeScript,
		@Nullable String appliedDigest) {

	/**
	 * The row of a changeset run as it starts: not yet successful, without execution time or digest.
	 *
	 * @param downgradeScript for an upgrade, the SQL that reverses it, when known before it runs
	 */
	static HistoryEntry started(Changeset changeset, Direction direction, @Nullable String appliedBy,
			@Nullable String downgradeScript) {
		return new HistoryEntry(0, changeset.version(), changeset.description(), changeset.type(), direction,
				changeset.checksum(), false, appliedBy, Instant.now(), null, downgradeScript, null);
	}

	/**
	 * This run's row once it succeeded.
	 *
	 * @param learnedDowngradeScript the downgrade script learned while it ran; null keeps the one known before
	 */
	HistoryEntry succeeded(long executionMs, @Nullable String learnedDowngradeScript, @Nullable String digest) {
		return new HistoryEntry(0, this.version, this.description, this.type, this.direction, this.checksum, true,
				this.appliedBy, this.appliedAt, executionMs,
				(learnedDowngradeScript != null) ? learnedDowngradeScript : this.downgradeScript, digest);
	}

	/** The row of a database put under version control at a version without running it. */
	static HistoryEntry stamp(int version, String description, ChangesetType type, @Nullable String appliedBy,
			String digest) {
		return new HistoryEntry(0, version, description, type, Direction.STAMP, null, true, appliedBy, Instant.now(), 0L,
				null, digest);
	}

	/**
	 * The row of a repair: of a failed run (no checksum), or of an edited changeset whose new checksum it records.
	 */
	static HistoryEntry repair(int version, String description, ChangesetType type, @Nullable String checksum,
			@Nullable String appliedBy, String digest) {
		return new HistoryEntry(0, version, description, type, Direction.REPAIR, checksum, true, appliedBy,
				Instant.now(), 0L, null, digest);
	}

}

package dev.migrate.core.internal;

import java.time.Instant;

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
}

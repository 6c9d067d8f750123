package dev.migrate.core;

import java.time.Instant;

import dev.migrate.core.repository.ChangesetType;
import org.jspecify.annotations.Nullable;

/**
 * One changeset's state in a database.
 *
 * @param version the version
 * @param description its description
 * @param type SQL, Java or baseline; null when the repository does not have it and no history tells
 * @param state applied, pending, failed or future
 * @param checksum the checksum of the repository's changeset (for a future one: the recorded one)
 * @param checksumMatches whether the recorded checksum equals the repository's; null when there is
 * nothing to compare (pending, stamped, or no checksum)
 * @param appliedBy the database user who applied it, when recorded
 * @param appliedAt when it was applied, when recorded
 * @param executionMs how long it took, when recorded
 * @param downgradeRecorded for a future changeset, whether its downgrade is recorded in the history so that
 *     this release can run it (unedited, and not irreversible); null for the repository's own changesets
 */
public record ChangesetStatus(int version, String description, @Nullable ChangesetType type, ChangesetState state,
		@Nullable String checksum, @Nullable Boolean checksumMatches, @Nullable String appliedBy,
		@Nullable Instant appliedAt, @Nullable Long executionMs, @Nullable Boolean downgradeRecorded) {

	/** The status of one of the repository's own changesets. */
	public ChangesetStatus(int version, String description, @Nullable ChangesetType type, ChangesetState state,
			@Nullable String checksum, @Nullable Boolean checksumMatches, @Nullable String appliedBy,
			@Nullable Instant appliedAt, @Nullable Long executionMs) {
		this(version, description, type, state, checksum, checksumMatches, appliedBy, appliedAt, executionMs, null);
	}

}

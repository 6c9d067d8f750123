package dev.migrate.core;

import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;

/**
 * One changeset that a command ran.
 *
 * @param version the changeset's version
 * @param description its description
 * @param type SQL, Java or baseline
 * @param direction upgrade or downgrade
 * @param executionMs how long it took
 */
public record ChangesetRun(int version, String description, ChangesetType type, Direction direction,
		long executionMs) {
}

package dev.migrate.core.internal;

import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;

/**
 * One changeset run in one direction, as the recording protocol records it.
 *
 * @param changeset the changeset
 * @param direction upgrade or downgrade
 * @param newVersion the db version once it ran
 * @param insertVersionRow whether it puts the database under version control (the baseline script)
 * @param started its history row as it starts
 */
record ChangesetStep(Changeset changeset, Direction direction, int newVersion, boolean insertVersionRow,
		HistoryEntry started) {
}

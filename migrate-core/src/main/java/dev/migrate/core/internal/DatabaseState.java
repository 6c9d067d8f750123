package dev.migrate.core.internal;

import java.util.List;

import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * Where a database stands for one repository: its version row and its history.
 *
 * @param dbVersion the version; null when the database is not under version control
 * @param history the repository's history rows, oldest first
 */
record DatabaseState(@Nullable Integer dbVersion, List<HistoryEntry> history) {

	DatabaseState {
		history = List.copyOf(history);
	}

	boolean underVersionControl() {
		return this.dbVersion != null;
	}

	/** The run that failed part-way and was not repaired yet; null when the repository is clean. */
	@Nullable HistoryEntry failedRun() {
		if (this.history.isEmpty()) {
			return null;
		}
		HistoryEntry last = this.history.get(this.history.size() - 1);
		return last.success() ? null : last;
	}

	/** The checksum recorded for a version by its last upgrade or repair; null when none was. */
	@Nullable String recordedChecksum(int version) {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			HistoryEntry entry = this.history.get(i);
			if (entry.version() == version && entry.success() && entry.checksum() != null
					&& (entry.direction() == Direction.UPGRADE || entry.direction() == Direction.REPAIR)) {
				return entry.checksum();
			}
			if (entry.version() == version && entry.direction() == Direction.DOWNGRADE && entry.success()) {
				return null;
			}
		}
		return null;
	}

	/** The last successful upgrade of a version; null when there was none (stamped or taken over). */
	@Nullable HistoryEntry lastUpgrade(int version) {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			HistoryEntry entry = this.history.get(i);
			if (entry.version() == version && entry.success()
					&& (entry.direction() == Direction.UPGRADE || entry.direction() == Direction.STAMP)) {
				return (entry.direction() == Direction.UPGRADE) ? entry : null;
			}
		}
		return null;
	}

}

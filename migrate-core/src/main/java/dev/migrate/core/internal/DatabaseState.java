package dev.migrate.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * Where a database stands for one repository: its version row and its history.
 *
 * @param dbVersion the version; null when the database is not under version control
 * @param history the repository's history rows, oldest first
 * @param recordedChecksums the checksum recorded for each version, see {@link #recordedChecksum(int)}
 */
record DatabaseState(@Nullable Integer dbVersion, List<HistoryEntry> history, Map<Integer, String> recordedChecksums) {

	DatabaseState(@Nullable Integer dbVersion, List<HistoryEntry> history) {
		this(dbVersion, List.copyOf(history), recordedChecksums(history));
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
		return this.recordedChecksums.get(version);
	}

	/**
	 * The checksum each version's last upgrade or repair recorded, in one pass: a later successful
	 * downgrade of the version clears it, and a run without a checksum leaves it as it was.
	 */
	private static Map<Integer, String> recordedChecksums(List<HistoryEntry> history) {
		Map<Integer, String> checksums = new HashMap<>();
		for (HistoryEntry entry : history) {
			if (!entry.success()) {
				continue;
			}
			if (entry.checksum() != null
					&& (entry.direction() == Direction.UPGRADE || entry.direction() == Direction.REPAIR)) {
				checksums.put(entry.version(), entry.checksum());
			}
			else if (entry.direction() == Direction.DOWNGRADE) {
				checksums.remove(entry.version());
			}
		}
		return checksums;
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

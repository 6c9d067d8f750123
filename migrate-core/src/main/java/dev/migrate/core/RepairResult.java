package dev.migrate.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code repair} did.
 *
 * @param clearedFailedVersion the version whose failed run was cleared; null when the repository was clean
 * @param checksumsUpdated the applied versions whose checksum was recorded anew
 */
public record RepairResult(@Nullable Integer clearedFailedVersion, List<Integer> checksumsUpdated) {

	public RepairResult {
		checksumsUpdated = List.copyOf(checksumsUpdated);
	}

}

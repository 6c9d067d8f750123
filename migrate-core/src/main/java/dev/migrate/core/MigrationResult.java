package dev.migrate.core;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param repositoryId the repository
 * @param fromVersion the db version before the command
 * @param toVersion the db version after it
 * @param runs the changesets that ran, in order
 */
public record MigrationResult(String repositoryId, int fromVersion, int toVersion, List<ChangesetRun> runs) {

	public MigrationResult {
		runs = List.copyOf(runs);
	}

	/** Whether any changeset ran. */
	public boolean changed() {
		return !this.runs.isEmpty();
	}

}

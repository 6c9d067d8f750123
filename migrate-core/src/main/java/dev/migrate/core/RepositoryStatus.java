package dev.migrate.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a database stands against a repository.
 *
 * @param repositoryId the repository
 * @param version the latest version in the repository
 * @param dbVersion the version the database is at; null when it is not under version control
 * @param dirty whether a changeset failed part-way and {@code repair} is needed
 * @param changesets every version of the repository (and those applied but missing from it), in order
 */
public record RepositoryStatus(String repositoryId, int version, @Nullable Integer dbVersion, boolean dirty,
		List<ChangesetStatus> changesets) {

	public RepositoryStatus {
		changesets = List.copyOf(changesets);
	}

	/** The versions that the next upgrade to the latest would run. */
	public List<Integer> pending() {
		return this.changesets.stream()
			.filter((changeset) -> changeset.state() == ChangesetState.PENDING)
			.map(ChangesetStatus::version)
			.toList();
	}

	/**
	 * The versions the database has and this release's repository does not: a newer release applied them
	 * (see {@link ChangesetState#FUTURE}).
	 */
	public List<Integer> future() {
		return this.changesets.stream()
			.filter((changeset) -> changeset.state() == ChangesetState.FUTURE)
			.map(ChangesetStatus::version)
			.toList();
	}

	/** Whether the database is under version control. */
	public boolean underVersionControl() {
		return this.dbVersion != null;
	}

}

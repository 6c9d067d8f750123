package dev.migrate.core.repository;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A loaded repository: its changesets for one dialect, numbered 1 to {@link #version()} without gaps,
 * the optional baseline script of version 0, and the settings of its {@code migrate.cfg}.
 */
public final class Repository {

	private final String location;

	private final RepositorySettings settings;

	private final @Nullable SqlChangeset baseline;

	private final List<Changeset> changesets;

	Repository(String location, RepositorySettings settings, @Nullable SqlChangeset baseline,
			List<Changeset> changesets) {
		this.location = location;
		this.settings = settings;
		this.baseline = baseline;
		this.changesets = List.copyOf(changesets);
	}

	/** Loads the repository at {@code location}; see {@link RepositoryLoader}. */
	public static Repository load(RepositoryLoader loader) {
		return loader.load();
	}

	/** Where the repository was loaded from. */
	public String location() {
		return this.location;
	}

	/** The settings of its {@code migrate.cfg}. */
	public RepositorySettings settings() {
		return this.settings;
	}

	/** The latest version: 0 for a repository without changesets. */
	public int version() {
		return this.changesets.size();
	}

	/** The changeset of a version from 1 to {@link #version()}. */
	public Changeset changeset(int version) {
		if (version < 1 || version > this.changesets.size()) {
			throw new IllegalArgumentException("The repository has versions 1 to " + this.changesets.size()
					+ ", not " + version);
		}
		return this.changesets.get(version - 1);
	}

	/** The changesets, version 1 first. */
	public List<Changeset> changesets() {
		return this.changesets;
	}

	/** The baseline script that builds version 0 on an empty database, when the repository has one. */
	public @Nullable SqlChangeset baseline() {
		return this.baseline;
	}

}

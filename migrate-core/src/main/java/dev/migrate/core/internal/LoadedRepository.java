package dev.migrate.core.internal;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.RepositoryLoader;
import dev.migrate.core.repository.RepositorySettings;

/**
 * A repository loaded once, with its scripts' checksums, for every session of a fleet: a thousand
 * schemas read the scripts once, not a thousand times.
 *
 * @param loader what loaded it
 * @param settings its {@code migrate.cfg}
 * @param repository the repository, for the dialect it was loaded for
 */
record LoadedRepository(RepositoryLoader loader, RepositorySettings settings, Repository repository) {

	/** Loads the configured repository for a dialect; a repository that does not load is reported here. */
	static LoadedRepository load(MigrateConfig config, Dialect dialect) {
		RepositoryLoader loader = Session.loader(config, dialect);
		RepositorySettings settings = Session.settings(config, loader);
		return new LoadedRepository(loader, settings, RepositoryLoading.withChecksums(loader.load()));
	}

	/** The repository's id, as the configuration or {@code migrate.cfg} names it. */
	String repositoryId(MigrateConfig config) {
		return Session.repositoryId(config, this.settings);
	}

}

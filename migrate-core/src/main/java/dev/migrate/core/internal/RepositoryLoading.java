package dev.migrate.core.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.migrate.core.MigrateException;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.RepositoryLoader;
import dev.migrate.core.repository.SqlChangeset;

/**
 * Reads a repository's scripts and their checksums on a thread of its own, while the command's first
 * queries go to the database: on a start with nothing pending the two take about as long, and the
 * machine has a core for each. The thread inherits the caller's context class loader.
 */
final class RepositoryLoading {

	private final FutureTask<Repository> task;

	private RepositoryLoading(RepositoryLoader loader) {
		this.task = new FutureTask<>(() -> withChecksums(loader.load()));
	}

	/** Starts loading; read the loader's settings before, on the calling thread. */
	static RepositoryLoading start(RepositoryLoader loader) {
		RepositoryLoading loading = new RepositoryLoading(loader);
		Thread thread = new Thread(loading.task, "migrate-repository-loader");
		thread.setDaemon(true);
		thread.start();
		return loading;
	}

	/** Waits for the repository; throws what loading it threw. */
	Repository join() {
		try {
			return this.task.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new MigrateException("The repository could not be loaded: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrateException("Interrupted while the repository was loading", ex);
		}
	}

	/**
	 * Computes the SQL scripts' checksums, which every command that validates or records needs. A script
	 * that cannot be read is left for the command to report, where it says which changeset it belongs to.
	 */
	static Repository withChecksums(Repository repository) {
		for (Changeset changeset : repository.changesets()) {
			if (changeset instanceof SqlChangeset sql) {
				try {
					sql.checksum();
				}
				catch (RuntimeException ex) {
					// reported when the command asks for it
				}
			}
		}
		return repository;
	}

}

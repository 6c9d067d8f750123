package dev.migrate.core.internal;

import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.NotUnderVersionControlException;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.SqlChangeset;

/** The checks that commands share before they touch anything. */
final class Preconditions {

	private Preconditions() {
	}

	/** The db version; fails when the database is not under version control. */
	static int requireUnderVersionControl(Session session, DatabaseState state) {
		if (state.dbVersion() == null) {
			throw new NotUnderVersionControlException(session.repositoryId(), session.versionTable().name());
		}
		return state.dbVersion();
	}

	/**
	 * Whether the database is ahead of the repository: at a version it does not have, which a newer
	 * release migrated it to. The one place that decides it, for every command.
	 */
	static boolean databaseAhead(Repository repository, int dbVersion) {
		return dbVersion > repository.version();
	}

	/**
	 * Fails when the database is ahead of the repository (see {@link #databaseAhead}).
	 *
	 * @param command the direction the command was to go, which the advice depends on
	 */
	static void requireNotAhead(Session session, int dbVersion, Direction command) {
		Repository repository = session.repository();
		if (databaseAhead(repository, dbVersion)) {
			throw new DatabaseNewerException(session.repositoryId(), dbVersion, repository.version(), command);
		}
	}

	/** Fails when an earlier changeset failed part-way and was not repaired. */
	static void requireClean(Session session, DatabaseState state) {
		HistoryEntry failed = state.failedRun();
		if (failed != null) {
			throw new DirtyRepositoryException(session.repositoryId(), failed.version(), failed.direction(),
					failed.description());
		}
	}

	/**
	 * Decodes every script of the changesets a run will take, both directions (an upgrade records its
	 * downgrade), so that a byte not in the charset stops the run before its first changeset. From -1, the
	 * baseline script of version 0 is read too.
	 */
	static void requireReadable(Repository repository, int from, int to) {
		for (int version = Math.min(from, to) + 1; version <= Math.max(from, to); version++) {
			if (version == 0) {
				if (repository.baseline() != null) {
					repository.baseline().upgrade().text();
				}
			}
			else if (repository.changeset(version) instanceof SqlChangeset sql) {
				sql.upgrade().text();
				if (sql.downgrade() != null) {
					sql.downgrade().text();
				}
			}
		}
	}

}

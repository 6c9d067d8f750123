package dev.migrate.core.internal;

import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.NotUnderVersionControlException;
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

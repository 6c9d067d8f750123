package dev.migrate.core.internal;

import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.NotUnderVersionControlException;

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

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.DatabaseNewerException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The database is at a version that this release does not have. Beside the engine's advice it names
 * {@code migrate.on-newer-database=downgrade}, which a release that has versions at all can use.
 */
class DatabaseNewerFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNewerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNewerException cause) {
		String action = cause.advice();
		if (cause.version() > 0) {
			action += " Or set migrate.on-newer-database=downgrade to take the versions this release does not have "
					+ "out with the downgrades recorded in the history (each is checked before any runs).";
		}
		return new FailureAnalysis("The database is at version " + cause.dbVersion()
				+ ", but this release knows versions up to " + cause.version()
				+ " only: a newer release migrated it. No changeset was run.", action, cause);
	}

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.DatabaseNewerException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The database is at a version that this release does not have; the advice is the engine's, which names
 * {@code migrate.on-newer-database=downgrade} where this release has versions at all.
 */
class DatabaseNewerFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNewerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNewerException cause) {
		return new FailureAnalysis("The database is at version " + cause.dbVersion()
				+ ", but this release knows versions up to " + cause.version()
				+ " only: a newer release migrated it. No changeset was run.", cause.advice(), cause);
	}

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.InvalidVersionException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A version the startup migration was asked to go to does not exist, or lies in the wrong direction. */
class InvalidVersionFailureAnalyzer extends AbstractFailureAnalyzer<InvalidVersionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidVersionException cause) {
		return new FailureAnalysis("Migrate could not go to the version it was asked for. " + cause.getMessage(),
				"Set migrate.target to 'latest' or to a version of the repository that is not below the database's, "
						+ "and migrate.baseline.version to a version of the repository; or, with a "
						+ "MigrationStrategy bean, give it a version that exists.",
				cause);
	}

}

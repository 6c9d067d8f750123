package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.ConnectionFailedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The database refused Migrate's connection, or could not be reached: the URL, the reason, what to check. */
class ConnectionFailedFailureAnalyzer extends AbstractFailureAnalyzer<ConnectionFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConnectionFailedException cause) {
		return new FailureAnalysis("Migrate could not connect to the database to migrate it.\n\n    " + cause.problem(),
				cause.advice() + " In this application they are spring.datasource.url, username and password, or "
						+ "migrate.url, migrate.user and migrate.password for a DataSource of Migrate's own. To start "
						+ "without migrations, set migrate.enabled=false.",
				cause);
	}

}

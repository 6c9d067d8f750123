package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.MigrateException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Any other failure of the engine, for example a {@code migrate.command} on a database that is not under
 * version control: its message says what happened and what to do. Listed last in {@code spring.factories},
 * after the analyzers of particular failures.
 */
class MigrateExceptionFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
		return new FailureAnalysis(cause.getMessage(), "Do what the description says, then run the application again.",
				cause);
	}

}

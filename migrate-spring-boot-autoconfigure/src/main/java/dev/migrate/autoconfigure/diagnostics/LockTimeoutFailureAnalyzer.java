package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.LockTimeoutException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Another instance held the migration lock for longer than the lock timeout. */
class LockTimeoutFailureAnalyzer extends AbstractFailureAnalyzer<LockTimeoutException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LockTimeoutException cause) {
		return new FailureAnalysis("Another instance held the migration lock for more than "
				+ cause.timeout().toMillis() + " ms, probably while it migrated the same database. Nothing was run.",
				cause.advice(), cause);
	}

}

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
				"Wait for the other instance to finish and start the application again, or raise "
						+ "migrate.lock-timeout. The lock dies with its connection: a crashed instance's lock goes "
						+ "within seconds (on PostgreSQL 13 and older, once its running statement ends).",
				cause);
	}

}

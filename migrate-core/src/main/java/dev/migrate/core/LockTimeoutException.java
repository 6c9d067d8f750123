package dev.migrate.core;

import java.time.Duration;

/** Another instance held the migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "It is probably still migrating: wait for it and try again, or raise the "
			+ "lock timeout (migrate.lock-timeout). The lock dies with its connection: a crashed instance's lock goes "
			+ "within seconds (on PostgreSQL 13 and older, once its running statement ends).";

	private final Duration timeout;

	public LockTimeoutException(String repositoryId, Duration timeout) {
		super("Another instance held the migration lock of repository '" + repositoryId + "' for more than "
				+ timeout.toMillis() + " ms. " + ADVICE, ADVICE, null);
		this.timeout = timeout;
	}

	public Duration timeout() {
		return this.timeout;
	}

}

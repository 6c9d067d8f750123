package dev.migrate.core.internal;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How far a fleet's upgrade is, said in one log line whenever the runner asks: done, failed, remaining. */
final class FleetProgress {

	private static final Logger logger = LoggerFactory.getLogger(FleetUpgrade.class);

	private final String repositoryId;

	private final int total;

	private final long start;

	private int done;

	private int failed;

	FleetProgress(String repositoryId, int total, int done, long start) {
		this.repositoryId = repositoryId;
		this.total = total;
		this.done = done;
		this.start = start;
	}

	/** Counts one schema as finished. */
	void finished(boolean failure) {
		this.done++;
		if (failure) {
			this.failed++;
		}
	}

	/** Logs where the run stands. */
	void log() {
		logger.info("Fleet of repository '{}': {} of {} schemas done ({} failed), {} remaining, {} s so far",
				this.repositoryId, this.done, this.total, this.failed, this.total - this.done,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - this.start));
	}

}

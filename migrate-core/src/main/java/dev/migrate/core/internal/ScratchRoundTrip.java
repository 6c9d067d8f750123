package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.RoundTripOptions;
import dev.migrate.core.RoundTripResult;

/**
 * The round trip in a schema (on MySQL: a database) of its own, created for it and dropped afterwards,
 * so that it can be pointed at a development database: the configured schema is never touched.
 */
public final class ScratchRoundTrip {

	private final MigrateConfig config;

	public ScratchRoundTrip(MigrateConfig config) {
		this.config = config;
	}

	/** Creates the scratch schema, runs the round trip of every changeset in it, and drops it. */
	public RoundTripResult run(RoundTripOptions options) throws SQLException {
		try (ScratchSchema scratch = ScratchSchema.create(this.config)) {
			return new RoundTrip(scratch.session(), false).run(options);
		}
	}

}

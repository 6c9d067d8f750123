package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The round trip in a schema (on MySQL: a database) of its own, created for it and dropped afterwards,
 * so that it can be pointed at a development database: the configured schema is never touched.
 */
public final class ScratchRoundTrip {

	private static final Logger logger = LoggerFactory.getLogger(ScratchRoundTrip.class);

	private final MigrateConfig config;

	public ScratchRoundTrip(MigrateConfig config) {
		this.config = config;
	}

	/** Creates the scratch schema, runs the round trip of every changeset in it, and drops it. */
	public RoundTripResult run() throws SQLException {
		String scratch = "migrate_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		Dialect dialect;
		try (Connection connection = this.config.dataSource().getConnection()) {
			dialect = (this.config.dialect() != null) ? this.config.dialect() : Dialects.detect(connection);
			dialect.createSchema(connection, scratch);
		}
		catch (SQLException ex) {
			throw new MigrateException("Could not create the scratch schema '" + scratch + "' for the round trip: "
					+ ex.getMessage() + ". Grant the database user the right to create schemas (MySQL: databases), "
					+ "or run the round trip in place on a test database.", ex);
		}
		logger.info("Round trip in the scratch schema '{}', which is dropped afterwards", scratch);
		try (Session session = Session.open(this.config.toBuilder().schema(scratch).dialect(dialect).build())) {
			return new RoundTrip(session).run();
		}
		finally {
			drop(dialect, scratch);
		}
	}

	private void drop(Dialect dialect, String scratch) {
		try (Connection connection = this.config.dataSource().getConnection()) {
			dialect.dropSchema(connection, scratch);
		}
		catch (SQLException ex) {
			logger.warn("Could not drop the scratch schema '{}' of the round trip: {}. Drop it by hand.", scratch,
					ex.getMessage());
		}
	}

}

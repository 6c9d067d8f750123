package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema (on MySQL: a database) of the round trip's own, {@code migrate_test_<random>}, created when
 * made and dropped when closed, with a session on it.
 */
final class ScratchSchema implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ScratchSchema.class);

	private final MigrateConfig config;

	private final Dialect dialect;

	private final String name;

	private final Session session;

	private ScratchSchema(MigrateConfig config, Dialect dialect, String name, Session session) {
		this.config = config;
		this.dialect = dialect;
		this.name = name;
		this.session = session;
	}

	/** Creates a scratch schema on the configuration's database, and opens a session on it. */
	static ScratchSchema create(MigrateConfig config) throws SQLException {
		String name = "migrate_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		Dialect dialect;
		try (Connection connection = config.dataSource().getConnection()) {
			dialect = (config.dialect() != null) ? config.dialect() : Dialects.detect(connection);
			dialect.createSchema(connection, name);
		}
		catch (SQLException ex) {
			throw new MigrateException("Could not create the scratch schema '" + name + "' for the round trip: "
					+ ex.getMessage() + ". Grant the database user the right to create schemas (MySQL: databases), "
					+ "or run the round trip in place on a test database.", ex);
		}
		logger.info("Round trip in the scratch schema '{}', which is dropped afterwards", name);
		try {
			return new ScratchSchema(config, dialect, name,
					Session.open(config.toBuilder().schema(name).dialect(dialect).createSchema(false).build(),
							Session.Need.REPOSITORY));
		}
		catch (RuntimeException ex) {
			drop(config, dialect, name);
			throw ex;
		}
	}

	Session session() {
		return this.session;
	}

	@Override
	public void close() {
		this.session.close();
		drop(this.config, this.dialect, this.name);
	}

	private static void drop(MigrateConfig config, Dialect dialect, String name) {
		try (Connection connection = config.dataSource().getConnection()) {
			dialect.dropSchema(connection, name);
		}
		catch (SQLException ex) {
			logger.warn("Could not drop the scratch schema '{}' of the round trip: {}. Drop it by hand.", name,
					ex.getMessage());
		}
	}

}

package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;

/** One migration tool, brought to the latest version of a workload with its own everyday call. */
public enum Tool {

	/** This project. */
	MIGRATE {
		@Override
		void migrate(DataSource dataSource, Path files, Workload workload) {
			engine(dataSource, files).upgrade();
		}
	},

	/**
	 * This project's round trip, {@code test()}: every changeset upgraded, downgraded, compared with the
	 * schema before it and upgraded again, then all of them downgraded in one go and upgraded again.
	 */
	MIGRATE_TEST {
		@Override
		void migrate(DataSource dataSource, Path files, Workload workload) {
			engine(dataSource, files).test();
		}
	},

	/** Flyway, as Spring Boot manages it: validate on migrate, the default. */
	FLYWAY {
		@Override
		void migrate(DataSource dataSource, Path files, Workload workload) {
			Flyway.configure()
				.dataSource(dataSource)
				.locations("filesystem:" + files.resolve("flyway").toAbsolutePath())
				.load()
				.migrate();
		}
	},

	/** Liquibase 4.33, from one formatted-SQL changelog. */
	LIQUIBASE {
		@Override
		@SuppressWarnings("deprecation")
		void migrate(DataSource dataSource, Path files, Workload workload) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				try (Liquibase liquibase = new Liquibase("changelog.sql",
						new DirectoryResourceAccessor(files.resolve("liquibase")), database)) {
					liquibase.update(new Contexts(), new LabelExpression());
				}
			}
		}
	},

	/** The lower bound: the same statements over JDBC, one transaction per changeset, nothing recorded. */
	RAW {
		@Override
		void migrate(DataSource dataSource, Path files, Workload workload) throws SQLException {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				connection.setAutoCommit(false);
				for (int i = 1; i <= workload.count(); i++) {
					for (String sql : workload.upgrade(i)) {
						statement.execute(sql);
					}
					connection.commit();
				}
				connection.setAutoCommit(true);
			}
		}
	};

	/** Brings the database to the workload's latest version; with nothing pending, checks that it is there. */
	abstract void migrate(DataSource dataSource, Path files, Workload workload) throws Exception;

	/** This project's engine on the workload's SQL scripts. */
	private static Migrate engine(DataSource dataSource, Path files) {
		return new Migrate(MigrateConfig.builder()
			.dataSource(dataSource)
			.location("file:" + files.resolve("migrate").toAbsolutePath())
			.javaPackage("")
			.build());
	}

	/** The name in reports. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static {
		// Liquibase 4.33 would otherwise try to send usage data; this machine has no network.
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.hub.mode", "off");
		System.setProperty("liquibase.showBanner", "false");
	}

}

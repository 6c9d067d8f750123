package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateFleet;
import org.flywaydb.core.Flyway;

/**
 * One fleet run in a fresh JVM: every tenant schema brought to the workload's latest version, by this
 * project's fleet or by the usual workaround, a loop of Flyway calls, one a schema. The DataSource is a
 * Hikari pool of {@link #POOL_SIZE}, open and holding a connection before the run is timed, as in an
 * application. Prints {@code elapsed_ms=<ms>}.
 *
 * <p>Arguments: tool (migrate or flyway), tenants, schema prefix, files folder, JDBC URL.
 */
public final class FleetCall {

	/** The pool both tools get: the fleet runs on all but one of its connections, the Flyway loop on one. */
	static final int POOL_SIZE = 8;

	private FleetCall() {
	}

	public static void main(String[] args) throws Exception {
		String tool = args[0];
		List<String> schemas = schemas(args[2], Integer.parseInt(args[1]));
		Path files = Path.of(args[3]);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(args[4]);
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(1);
		try (HikariDataSource dataSource = new HikariDataSource(config)) {
			try (Connection connection = dataSource.getConnection()) {
				connection.isValid(1);
			}
			long start = System.nanoTime();
			if (tool.equals("migrate")) {
				migrate(dataSource, files, schemas);
			}
			else if (tool.equals("flyway")) {
				flyway(dataSource, files, schemas);
			}
			else {
				throw new IllegalArgumentException("Unknown fleet tool '" + tool + "': use migrate or flyway");
			}
			long elapsed = System.nanoTime() - start;
			System.out.println("elapsed_ms=" + String.format(Locale.ROOT, "%.3f", elapsed / 1_000_000.0));
		}
	}

	/** The tenants' schema names: {@code <prefix>_0000} on. */
	static List<String> schemas(String prefix, int tenants) {
		List<String> schemas = new ArrayList<>();
		for (int i = 0; i < tenants; i++) {
			schemas.add(String.format(Locale.ROOT, "%s_%04d", prefix, i));
		}
		return schemas;
	}

	private static void migrate(DataSource dataSource, Path files, List<String> schemas) {
		FleetResult result = new Migrate(MigrateConfig.builder()
			.dataSource(dataSource)
			.location("file:" + files.resolve("migrate").toAbsolutePath())
			.javaPackage("")
			.build()).upgrade(MigrateFleet.of(schemas));
		if (!result.successful()) {
			throw new IllegalStateException(result.summary());
		}
	}

	/** The usual workaround: one Flyway per schema, one after the other. */
	private static void flyway(DataSource dataSource, Path files, List<String> schemas) {
		String location = "filesystem:" + files.resolve("flyway").toAbsolutePath();
		for (String schema : schemas) {
			Flyway.configure().dataSource(dataSource).schemas(schema).locations(location).load().migrate();
		}
	}

}

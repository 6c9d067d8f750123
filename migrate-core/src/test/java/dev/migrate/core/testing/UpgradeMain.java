package dev.migrate.core.testing;

import java.sql.Driver;
import java.sql.DriverManager;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Upgrades a database from a process of its own, for tests that kill it: arguments are the JDBC URL,
 * user, password, repository location and repository id.
 */
public final class UpgradeMain {

	private UpgradeMain() {
	}

	public static void main(String[] args) throws Exception {
		Driver driver = DriverManager.getDriver(args[0]);
		new Migrate(MigrateConfig.builder()
			.dataSource(new SimpleDriverDataSource(driver, args[0], args[1], args[2]))
			.location(args[3])
			.repositoryId(args[4])
			.javaPackage("")
			.build()).upgrade();
	}

}

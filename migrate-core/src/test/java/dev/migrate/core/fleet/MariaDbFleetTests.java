package dev.migrate.core.fleet;

import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;

/**
 * The fleet on MariaDB, a tenant a database: a failed changeset leaves its started row, the tenant dirty
 * until an operator repairs it, and its version where it was.
 */
class MariaDbFleetTests extends FleetContract {

	@Override
	protected TestDatabase createTenant(String name) {
		TestServers.Server server = TestServers.mariadb();
		TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE DATABASE " + name);
		return new TestDatabase(name, TestDatabase.withDatabase(server.url(), name), server.user(), server.password(),
				name, "mysql", (database) -> TestDatabase.executeOn(server.url(), server.user(), server.password(),
						"DROP DATABASE IF EXISTS " + name));
	}

	@Override
	protected DataSource serverDataSource() {
		return PostgresFleetTests.dataSource(TestServers.mariadb());
	}

	@Override
	protected List<String> historyAfterFailure() {
		return List.of("0 stamp true", "1 upgrade true", "2 upgrade false");
	}

}

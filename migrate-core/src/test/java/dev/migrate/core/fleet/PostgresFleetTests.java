package dev.migrate.core.fleet;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The fleet on PostgreSQL, a tenant a schema: a failed changeset leaves nothing of its run behind. */
class PostgresFleetTests extends FleetContract {

	@Override
	protected TestDatabase createTenant(String name) {
		TestServers.Server server = TestServers.postgresql();
		TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE SCHEMA " + name);
		return new TestDatabase(name, TestDatabase.withParameter(server.url(), "currentSchema=" + name), server.user(),
				server.password(), name, "postgresql", (database) -> TestDatabase.executeOn(server.url(), server.user(),
						server.password(), "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
	}

	@Override
	protected DataSource serverDataSource() {
		return dataSource(TestServers.postgresql());
	}

	@Override
	protected List<String> historyAfterFailure() {
		return List.of("0 stamp true", "1 upgrade true");
	}

	static DataSource dataSource(TestServers.Server server) {
		try {
			return new SimpleDriverDataSource(DriverManager.getDriver(server.url()), server.url(), server.user(),
					server.password());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No JDBC driver for " + server.url(), ex);
		}
	}

}

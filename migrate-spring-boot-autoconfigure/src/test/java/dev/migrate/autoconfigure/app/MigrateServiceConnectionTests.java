package dev.migrate.autoconfigure.app;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.core.Migrate;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL container declared with {@code @ServiceConnection} is migrated like any DataSource. Runs
 * only where a Docker engine is available; {@code MigrateDataSourceTests} shows the same path (a
 * DataSource from JdbcConnectionDetails) on the local PostgreSQL everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class MigrateServiceConnectionTests {

	@Container
	@ServiceConnection
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");

	@Autowired
	private Migrate migrate;

	@Test
	void theContainersDatabaseIsMigrated() {
		assertThat(this.migrate.dbVersion()).isEqualTo(3);
		assertThat(this.migrate.status().repositoryId()).isEqualTo("cms");
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class Config {

	}

}

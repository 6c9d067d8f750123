package dev.migrate.sample;

import dev.migrate.sample.cms.Page;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a Testcontainers PostgreSQL declared with {@code @ServiceConnection}: migrated like
 * any DataSource. It needs a Docker engine; {@link CmsApplicationTests} shows the same on the local
 * PostgreSQL, and the auto-configuration's tests migrate a DataSource from JdbcConnectionDetails without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class ServiceConnectionTests {

	@Container
	@ServiceConnection
	static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void containerDatabaseIsMigratedBeforeJpa() {
		assertThat(this.jdbc.queryForObject("SELECT version FROM migrate_version WHERE repository_id = 'cms'", Integer.class))
			.isEqualTo(5);
		assertThat(this.entityManager.getMetamodel().entity(Page.class)).isNotNull();
	}

}

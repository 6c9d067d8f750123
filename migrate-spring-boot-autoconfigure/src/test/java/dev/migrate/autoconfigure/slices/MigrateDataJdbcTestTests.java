package dev.migrate.autoconfigure.slices;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataJdbcTest} runs the migrations on its test database. */
@DataJdbcTest
class MigrateDataJdbcTestTests {

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	@Test
	void theTestDatabaseIsMigrated() {
		assertThat(this.jdbc.getJdbcTemplate()
			.queryForObject("SELECT version FROM migrate_version WHERE repository_id = 'cms'", Integer.class))
			.isEqualTo(3);
	}

	@SpringBootConfiguration
	@AutoConfigurationPackage
	static class Config {

	}

}

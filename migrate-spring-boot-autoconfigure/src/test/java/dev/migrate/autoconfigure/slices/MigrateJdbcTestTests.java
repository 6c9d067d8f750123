package dev.migrate.autoconfigure.slices;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @JdbcTest} runs the migrations on its test database. */
@JdbcTest
class MigrateJdbcTestTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theTestDatabaseIsMigrated() {
		assertThat(this.jdbc.queryForObject("SELECT version FROM migrate_version WHERE repository_id = 'cms'",
				Integer.class))
			.isEqualTo(3);
		assertThat(this.jdbc.update("INSERT INTO tag (id, name) VALUES (1, 'news')")).isOne();
	}

	@SpringBootConfiguration
	static class Config {

	}

}

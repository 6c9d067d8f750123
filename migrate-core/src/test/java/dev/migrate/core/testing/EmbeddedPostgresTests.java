package dev.migrate.core.testing;

import java.nio.file.Path;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The oldest and the newest supported PostgreSQL, started from Maven artifacts, run the engine. */
class EmbeddedPostgresTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@ValueSource(strings = { "13", "17" })
	void startsTheServerOfAMajorVersionOnceAndMigratesOnIt(String major) {
		TestServers.Server server = EmbeddedPostgres.start(major);
		assertThat(EmbeddedPostgres.start(major)).isSameAs(server);
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.url(), server.user(), server.password()));
		assertThat(jdbc.queryForObject("SHOW server_version_num", Integer.class)).isBetween(Integer.parseInt(major) * 10000,
				Integer.parseInt(major) * 10000 + 9999);
		String schema = "embedded_postgres_tests";
		jdbc.execute("CREATE SCHEMA " + schema);
		try {
			new ScriptFolder(this.root).tables(2);
			Migrate migrate = new Migrate(MigrateConfig.builder()
				.dataSource(new DriverManagerDataSource(server.url() + "?currentSchema=" + schema, server.user(),
						server.password()))
				.location("file:" + this.root)
				.javaPackage("")
				.build());
			assertThat(migrate.upgrade().toVersion()).isEqualTo(2);
			assertThat(tables(jdbc, schema)).containsExactly("migrate_history", "migrate_version", "t1", "t2");
			migrate.downgrade(0);
			assertThat(migrate.dbVersion()).isZero();
			assertThat(tables(jdbc, schema)).containsExactly("migrate_history", "migrate_version");
		}
		finally {
			jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private static java.util.List<String> tables(JdbcTemplate jdbc, String schema) {
		return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
				+ "ORDER BY table_name", String.class, schema);
	}

}

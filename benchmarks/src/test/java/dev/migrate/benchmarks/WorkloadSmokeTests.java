package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tool applies the same workload to the same schema, and a second call finds nothing to do. */
class WorkloadSmokeTests {

	private static final String URL = System.getenv().getOrDefault("MIGRATE_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	@TempDir
	Path files;

	private final String schema = "bench_smoke_" + Long.toString(System.nanoTime(), 36);

	@BeforeEach
	void createSchema() throws SQLException {
		execute("CREATE SCHEMA " + this.schema);
	}

	@AfterEach
	void dropSchema() throws SQLException {
		execute("DROP SCHEMA " + this.schema + " CASCADE");
	}

	@ParameterizedTest
	@EnumSource(Tool.class)
	void appliesTheWorkload(Tool tool) throws Exception {
		Workload workload = new Workload(3, false);
		workload.writeMigrate(this.files.resolve("migrate"));
		workload.writeFlyway(this.files.resolve("flyway"));
		workload.writeLiquibase(this.files.resolve("liquibase"));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + this.schema);
		tool.migrate(dataSource, this.files, workload);
		assertThat(query("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = '"
				+ this.schema + "' AND table_name LIKE 't\\_%' ORDER BY 1"))
			.containsExactly("t_1.created_at", "t_1.id", "t_1.name", "t_2.created_at", "t_2.id", "t_2.name",
					"t_3.created_at", "t_3.id", "t_3.name");
		assertThat(query("SELECT indexname FROM pg_indexes WHERE schemaname = '" + this.schema
				+ "' AND indexname LIKE 'ix_%' ORDER BY 1")).containsExactly("ix_t_1_name", "ix_t_2_name", "ix_t_3_name");
		if (tool != Tool.RAW) {
			tool.migrate(dataSource, this.files, workload);
		}
	}

	private List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

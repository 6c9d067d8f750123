package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One tool call in a fresh JVM, as an application start makes it: the DataSource is open and holds a
 * connection, then the tool's call is timed. Prints {@code elapsed_ms=<ms>}.
 *
 * <p>Arguments: tool, count, small (true/false), files folder, JDBC URL.
 */
public final class ToolCall {

	private ToolCall() {
	}

	public static void main(String[] args) throws Exception {
		Tool tool = Tool.valueOf(args[0].toUpperCase(Locale.ROOT));
		Workload workload = new Workload(Integer.parseInt(args[1]), Boolean.parseBoolean(args[2]));
		Path files = Path.of(args[3]);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(args[4]);
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(1);
		try (HikariDataSource dataSource = new HikariDataSource(config)) {
			try (Connection connection = dataSource.getConnection()) {
				connection.isValid(1);
			}
			long start = System.nanoTime();
			tool.migrate(dataSource, files, workload);
			long elapsed = System.nanoTime() - start;
			System.out.println("elapsed_ms=" + String.format(Locale.ROOT, "%.3f", elapsed / 1_000_000.0));
		}
	}

}

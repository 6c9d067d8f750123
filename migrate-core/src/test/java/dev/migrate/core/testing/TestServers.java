package dev.migrate.core.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the test databases live (ARCHITECTURE.md, "Tests"): the server named by
 * {@code MIGRATE_TEST_POSTGRES_URL} / {@code MIGRATE_TEST_MARIADB_URL} when set; else a Testcontainers
 * container, started once per JVM, when a Docker engine is available; else the local services on
 * 127.0.0.1 (PostgreSQL 5432 database {@code test} user {@code postgres}; MariaDB 3306 database
 * {@code test} user {@code root}).
 */
public final class TestServers {

	/** A server's JDBC URL and credentials. */
	public record Server(String url, String user, String password) {
	}

	private static volatile Server postgresql;

	private static volatile Server mariadb;

	private static volatile Boolean docker;

	private TestServers() {
	}

	public static synchronized Server postgresql() {
		if (postgresql == null) {
			postgresql = fromEnvironment("POSTGRES", "postgres");
			if (postgresql == null && dockerAvailable()) {
				PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
				container.start();
				postgresql = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			}
			if (postgresql == null) {
				postgresql = new Server("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
			}
		}
		return postgresql;
	}

	public static synchronized Server mariadb() {
		if (mariadb == null) {
			mariadb = fromEnvironment("MARIADB", "root");
			if (mariadb == null && dockerAvailable()) {
				MariaDBContainer container = new MariaDBContainer("mariadb:10.11").withUsername("root");
				container.start();
				mariadb = new Server(container.getJdbcUrl(), "root", container.getPassword());
			}
			if (mariadb == null) {
				mariadb = new Server("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
			}
		}
		return mariadb;
	}

	private static Server fromEnvironment(String name, String defaultUser) {
		String url = System.getenv("MIGRATE_TEST_" + name + "_URL");
		if (url == null || url.isBlank()) {
			return null;
		}
		String user = System.getenv("MIGRATE_TEST_" + name + "_USER");
		String password = System.getenv("MIGRATE_TEST_" + name + "_PASSWORD");
		return new Server(url, (user != null) ? user : defaultUser, (password != null) ? password : "");
	}

	private static boolean dockerAvailable() {
		if (docker == null) {
			try {
				docker = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				docker = false;
			}
		}
		return docker;
	}

}

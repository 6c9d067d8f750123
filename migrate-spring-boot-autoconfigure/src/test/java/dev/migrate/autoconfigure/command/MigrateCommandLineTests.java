package dev.migrate.autoconfigure.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.autoconfigure.command.app.CommandLineApplication;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.StatusTable;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application jar as the operator's command line, for real: each command starts a JVM of its own with
 * {@link CommandLineApplication} (a web server, JPA entities that Hibernate would validate, a runner that
 * says when the application started) on a PostgreSQL schema of the test's own, and the test reads its
 * standard output, its exit code and the database. Hibernate's and Tomcat's logs are switched on, so that
 * they would show if either started.
 */
class MigrateCommandLineTests {

	@TempDir
	Path folder;

	@Test
	void eachCommandRunsAloneAndEndsTheProcessBeforeTheApplicationStarts() throws Exception {
		try (TestDatabase database = PostgresContractTests.database(getClass())) {
			Launch upgrade = launch(database, "--migrate.command=upgrade");
			assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
			assertThat(upgrade.out()).matches("Upgraded repository 'cms' from version 0 to 3:\n"
					+ "  upgrade 1 add ctime to page \\(SQL, \\d+ ms\\)\n" + "  upgrade 2 create tag \\(SQL, \\d+ ms\\)\n"
					+ "  upgrade 3 add slug to page \\(JAVA, \\d+ ms\\)\n");
			assertTheApplicationNeverStarted(upgrade);
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("3");

			Launch dbVersion = launch(database, "--migrate.command=db-version");
			assertThat(dbVersion.exitCode()).as(dbVersion.toString()).isZero();
			assertThat(dbVersion.out()).isEqualTo("3\n");
			assertTheApplicationNeverStarted(dbVersion);

			// at version 1 the entities' slug column and tag table are gone: Hibernate's validation would fail
			Launch downgrade = launch(database, "--migrate.command=downgrade", "--migrate.target=1");
			assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
			assertThat(downgrade.out()).matches("Downgraded repository 'cms' from version 3 to 1:\n"
					+ "  downgrade 3 add slug to page \\(JAVA, \\d+ ms\\)\n"
					+ "  downgrade 2 create tag \\(SQL, \\d+ ms\\)\n");
			assertTheApplicationNeverStarted(downgrade);
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("1");
			assertThat(database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
					+ database.schema() + "' AND table_name = 'tag'")).isEmpty();

			Launch status = launch(database, "--migrate.command=status");
			assertThat(status.exitCode()).as(status.toString()).isZero();
			assertThat(status.out()).isEqualTo(StatusTable.of(migrate(database).status()))
				.contains("db version: 1", "PENDING");
			assertTheApplicationNeverStarted(status);
		}
	}

	@Test
	void versionControlAndValidateOnANewDatabase() throws Exception {
		try (TestDatabase database = PostgresContractTests.database(getClass())) {
			Launch versionControl = launch(database, "--migrate.command=version-control");
			assertThat(versionControl.exitCode()).as(versionControl.toString()).isZero();
			assertThat(versionControl.out())
				.isEqualTo("Repository 'cms' is under version control at version 0, the baseline script run.\n");
			assertTheApplicationNeverStarted(versionControl);
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("0");

			Launch validate = launch(database, "--migrate.command=validate");
			assertThat(validate.exitCode()).as(validate.toString()).isZero();
			assertThat(validate.out())
				.matches("Valid: every applied changeset matches the repository \\(\\d+ checksums compared\\).\n");
			assertTheApplicationNeverStarted(validate);
		}
	}

	@Test
	void aFailingCommandPrintsTheFailureReportAndEndsTheProcessWithExitCode1() throws Exception {
		try (TestDatabase database = PostgresContractTests.database(getClass())) {
			Launch downgrade = launch(database, "--migrate.command=downgrade");
			assertThat(downgrade.exitCode()).as(downgrade.toString()).isEqualTo(1);
			assertThat(downgrade.out()).contains("APPLICATION FAILED TO START")
				.contains("Invalid value 'latest' for property 'migrate.target': migrate.command=downgrade needs the "
						+ "version to go down to")
				.doesNotContain("\tat ", CommandLineApplication.STARTED, "Tomcat", "Hibernate");
			assertThat(database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
					+ database.schema() + "'")).isEmpty();

			Launch upgrade = launch(database, "--migrate.command=upgrade",
					"--migrate.location=classpath:repositories/broken", "--migrate.java-package=");
			assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(1);
			assertThat(upgrade.out()).contains("APPLICATION FAILED TO START")
				.contains("The upgrade of version 2 failed.")
				.contains("Changeset: 002_add_slug_default_upgrade.sql, line 2")
				.doesNotContain("\tat ", CommandLineApplication.STARTED, "Tomcat", "Hibernate");
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("1");
		}
	}

	private static void assertTheApplicationNeverStarted(Launch launch) {
		assertThat(launch.out() + launch.err()).as(launch.toString())
			.doesNotContain(CommandLineApplication.STARTED, "Tomcat", "Hibernate", "HHH", "APPLICATION FAILED TO START",
					"Exception", "WARN", "ERROR");
	}

	private static Migrate migrate(TestDatabase database) {
		return new Migrate(MigrateConfig.builder().dataSource(database.dataSource()).build());
	}

	/** Runs the application in a JVM of its own, as {@code java -jar app.jar arguments...} would. */
	private Launch launch(TestDatabase database, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				CommandLineApplication.class.getName(), "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--spring.jpa.hibernate.ddl-auto=validate", "--server.port=0", "--logging.level.org.hibernate=info",
				"--logging.level.org.springframework.boot.tomcat=info", "--logging.level.org.apache.catalina=info"));
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile(this.folder, "out", ".txt");
		Path err = Files.createTempFile(this.folder, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The application did not end: " + Files.readString(out));
		}
		return new Launch(String.join(" ", arguments), process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** One run of the application: its exit code, standard output and standard error. */
	private record Launch(String arguments, int exitCode, String out, String err) {

		@Override
		public String toString() {
			return this.arguments + " ended with " + this.exitCode + ":\n" + this.out + this.err;
		}

	}

}

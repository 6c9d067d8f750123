package dev.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On MariaDB, whose DDL commits as it runs: a failed changeset leaves the repository dirty, repair
 * clears it, and the fixed script then runs. The project's {@code application.yml} reads the
 * database and its credentials from the environment ({@code ${DB_PASSWORD}}), for a user of the
 * test's own that has a password.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MariaDbRepairIT {

	private static final String PASSWORD = "pw-" + UUID.randomUUID().toString().substring(0, 12);

	private static final String USER = "u_" + UUID.randomUUID().toString().substring(0, 8);

	private static TestDatabase database;

	private static Path project;

	@BeforeAll
	static void createProjectDatabaseAndUser() throws Exception {
		database = MariaDbContractTests.database(MariaDbRepairIT.class);
		database.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'",
				"GRANT ALL PRIVILEGES ON " + database.schema() + ".* TO '" + USER + "'@'%'");
		project = ItProject.copy("mariadb-project");
	}

	@AfterAll
	static void dropDatabaseAndUser() {
		if (database != null) {
			database.execute("DROP USER IF EXISTS '" + USER + "'@'%'");
			database.close();
		}
	}

	@Test
	@Order(1)
	void aFailedChangesetLeavesTheRepositoryDirty() throws Exception {
		MavenRun.Result upgrade = mvn(PASSWORD, "migrate:upgrade");
		assertThat(upgrade.exitCode()).as(upgrade.toString()).isNotZero();
		assertThat(upgrade.output()).contains("002_add_price_default_upgrade.sql").contains("no_such_table");
		MavenRun.Result status = mvn(PASSWORD, "migrate:status");
		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.output()).contains("Repository 'shop'").contains("db version: 1").contains("dirty:      yes")
			.containsPattern("\\[INFO\\]\\s+2\\s+add price\\s+SQL\\s+FAILED");
	}

	@Test
	@Order(2)
	void repairThenUpgradeCompletesAfterTheScriptIsFixed() throws Exception {
		database.execute("DROP TABLE IF EXISTS price");
		Files.writeString(project.resolve("src/main/resources/db/migrate/versions/002_add_price_default_upgrade.sql"),
				"CREATE TABLE price (item_id INT NOT NULL, amount DECIMAL(10, 2) NOT NULL);\n");
		MavenRun.Result run = mvn(PASSWORD, "migrate:repair", "migrate:upgrade", "migrate:db-version");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("Cleared the failed run of version 2").contains("from version 1 to 2")
			.contains("[INFO] db version: 2");
		assertThat(database.query("SELECT version FROM migrate_version WHERE repository_id = 'shop'"))
			.containsExactly("2");
	}

	@Test
	@Order(3)
	void aWrongPasswordGivesOneLineWithTheUrlAndNoPassword() throws Exception {
		String wrong = "wrong-" + UUID.randomUUID().toString().substring(0, 8);
		MavenRun.Result run = mvn(wrong, "migrate:status");
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.output()).doesNotContain(wrong);
		assertThat(run.errors()).first()
			.asString()
			.contains("Could not connect to jdbc:mariadb://127.0.0.1:3306/" + database.schema() + ": ")
			.contains("Access denied")
			.endsWith("-> [Help 1]");
	}

	private static MavenRun.Result mvn(String password, String... goals) throws Exception {
		MavenRun.Result result = MavenRun.run(project,
				Map.of("DB_NAME", database.schema(), "DB_USER", USER, "DB_PASSWORD", password), goals);
		assertThat(result.output()).doesNotContain(PASSWORD);
		return result;
	}

}

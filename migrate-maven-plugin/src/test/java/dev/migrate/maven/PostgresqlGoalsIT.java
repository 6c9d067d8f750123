package dev.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every goal on PostgreSQL, through real {@code mvn} runs on one project, in order: new scripts,
 * a dry run, upgrades, the round trip, downgrades and version control. The project's schema is
 * the test's own, given with {@code -Dmigrate.schema}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresqlGoalsIT {

	private static TestDatabase database;

	private static Path project;

	@BeforeAll
	static void createProjectAndSchema() throws Exception {
		database = PostgresContractTests.database(PostgresqlGoalsIT.class);
		project = ItProject.copy("postgresql-project");
	}

	@AfterAll
	static void dropSchema() {
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void scriptSqlAndScriptWriteNumberedFiles() throws Exception {
		MavenRun.Result first = mvn("migrate:script-sql", "-Dmigrate.description=Create page");
		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.output())
			.contains("Wrote src/main/resources/db/migrate/versions/001_create_page_default_upgrade.sql")
			.contains("Wrote src/main/resources/db/migrate/versions/001_create_page_default_downgrade.sql");
		MavenRun.Result second = mvn("migrate:script-sql", "-Dmigrate.description=Add ctime to page",
				"-Dmigrate.dialect=postgresql");
		assertThat(second.exitCode()).as(second.toString()).isZero();
		MavenRun.Result java = mvn("migrate:script", "-Dmigrate.description=Create tag");
		assertThat(java.exitCode()).as(java.toString()).isZero();
		assertThat(java.output()).contains("Wrote src/main/java/db/migrate/V003_CreateTag.java");
		Path versions = project.resolve("src/main/resources/db/migrate/versions");
		assertThat(versions.resolve("002_add_ctime_to_page_postgresql_upgrade.sql")).exists();
		assertThat(versions.resolve("002_add_ctime_to_page_postgresql_downgrade.sql")).exists();
		Files.writeString(versions.resolve("001_create_page_default_upgrade.sql"),
				"CREATE TABLE page (id INT PRIMARY KEY, title VARCHAR(200) NOT NULL);\n");
		Files.writeString(versions.resolve("001_create_page_default_downgrade.sql"), "DROP TABLE page;\n");
		Files.writeString(versions.resolve("002_add_ctime_to_page_postgresql_upgrade.sql"),
				"ALTER TABLE page ADD COLUMN ctime TIMESTAMP;\n");
		Files.writeString(versions.resolve("002_add_ctime_to_page_postgresql_downgrade.sql"),
				"ALTER TABLE page DROP COLUMN ctime;\n");
		Path tag = project.resolve("src/main/java/db/migrate/V003_CreateTag.java");
		String source = Files.readString(tag);
		source = source.replaceFirst("(upgrade\\(ChangesetContext context\\) throws Exception \\{)",
				"$1\n\t\tcontext.jdbcTemplate().execute(\"CREATE TABLE tag (id INT PRIMARY KEY)\");");
		source = source.replaceFirst("(downgrade\\(ChangesetContext context\\) throws Exception \\{)",
				"$1\n\t\tcontext.jdbcTemplate().execute(\"DROP TABLE tag\");");
		Files.writeString(tag, source);
	}

	@Test
	@Order(2)
	void aDryRunOfTheUpgradePrintsTheSqlAndChangesNothing() throws Exception {
		List<String> before = snapshot();
		MavenRun.Result run = mvn("migrate:upgrade", "-Dmigrate.dry-run=true");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("Dry run of upgrade").contains("CREATE TABLE page")
			.contains("ALTER TABLE page ADD COLUMN ctime");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(tables()).isEmpty();
	}

	@Test
	@Order(3)
	void upgradeGoesToTheTargetAndStatusShowsIt() throws Exception {
		MavenRun.Result run = mvn("migrate:upgrade", "-Dmigrate.target=2", "migrate:db-version", "migrate:status");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("[INFO] db version: 2").contains("Repository 'migrate'")
			.containsPattern("\\[INFO\\]\\s+3\\s+create tag\\s+JAVA\\s+PENDING");
		assertThat(database.query("SELECT version FROM " + database.schema() + ".migrate_version")).containsExactly("2");
		assertThat(tables()).contains("page");
	}

	@Test
	@Order(4)
	void upgradeToTheLatestRunsTheJavaChangesetAndValidates() throws Exception {
		MavenRun.Result run = mvn("migrate:upgrade", "migrate:version", "migrate:validate");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("[INFO] version: 3").contains("from version 2 to 3").contains("Valid:");
		assertThat(tables()).contains("page", "tag");
	}

	@Test
	@Order(5)
	void theRoundTripRunsInAScratchSchemaAndLeavesTheConfiguredOneAsItWas() throws Exception {
		List<String> before = snapshot();
		MavenRun.Result run = mvn("migrate:test");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("Round trip passed for versions [1, 2, 3]").contains("scratch schema");
		assertThat(snapshot()).isEqualTo(before);
		Matcher scratch = Pattern.compile("scratch schema '(migrate_test_\\w+)'").matcher(run.output());
		assertThat(scratch.find()).as(run.output()).isTrue();
		assertThat(database.query("SELECT nspname FROM pg_namespace WHERE nspname = '" + scratch.group(1) + "'"))
			.isEmpty();
	}

	@Test
	@Order(6)
	void downgradeWithoutATargetRefusesAndChangesNothing() throws Exception {
		List<String> before = snapshot();
		MavenRun.Result run = mvn("migrate:downgrade");
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.output()).contains(DowngradeMojo.NO_TARGET);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@Order(7)
	void aDryRunOfTheDowngradeChangesNothing() throws Exception {
		List<String> before = snapshot();
		MavenRun.Result run = mvn("migrate:downgrade", "-Dmigrate.target=1", "-Dmigrate.dry-run=true");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("Dry run of downgrade").contains("ALTER TABLE page DROP COLUMN ctime");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@Order(8)
	void downgradeGoesToTheTarget() throws Exception {
		MavenRun.Result run = mvn("migrate:downgrade", "-Dmigrate.target=1", "migrate:db-version");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("from version 3 to 1").contains("[INFO] db version: 1");
		assertThat(tables()).containsExactlyInAnyOrder("page", "migrate_version", "migrate_history");
		assertThat(columns()).noneMatch((column) -> column.startsWith("page.ctime"));
	}

	@Test
	@Order(9)
	void dropVersionControlThenVersionControlAgain() throws Exception {
		MavenRun.Result drop = mvn("migrate:drop-version-control", "migrate:db-version");
		assertThat(drop.exitCode()).as(drop.toString()).isZero();
		assertThat(drop.output()).contains("Dropped version control for repository 'migrate'")
			.contains("db version: none: the database is not under version control")
			.contains("mvn migrate:version-control");
		assertThat(tables()).containsExactly("page");
		MavenRun.Result control = mvn("migrate:version-control", "-Dmigrate.version=1", "migrate:db-version");
		assertThat(control.exitCode()).as(control.toString()).isZero();
		assertThat(control.output()).contains("at version 1").contains("[INFO] db version: 1");
	}

	@Test
	@Order(10)
	void theRoundTripInPlaceLeavesTheConfiguredSchemaUpgraded() throws Exception {
		MavenRun.Result run = mvn("migrate:test", "-Dmigrate.test.in-place=true");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("Round trip passed for versions [2, 3]")
			.contains("the database is now at version 3");
		assertThat(database.query("SELECT version FROM " + database.schema() + ".migrate_version")).containsExactly("3");
	}

	@Test
	@Order(11)
	void anUnreachableDatabaseGivesOneLineWithTheUrlWithoutCredentials() throws Exception {
		MavenRun.Result run = MavenRun.run(project, Map.of(), "migrate:status",
				"-Dmigrate.url=jdbc:postgresql://127.0.0.1:1/test?password=Secr3t-in-url&connectTimeout=2",
				"-Dmigrate.password=Secr3t-property");
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.output()).doesNotContain("Secr3t");
		assertThat(run.errors()).first()
			.asString()
			.contains("Could not connect to jdbc:postgresql://127.0.0.1:1/test?password=***&connectTimeout=2: ")
			.contains("refused")
			.endsWith("-> [Help 1]");
	}

	@Test
	@Order(12)
	void noUrlAtAllSaysWhichPropertiesToSetAndWhere() throws Exception {
		MavenRun.Result run = MavenRun.run(project, Map.of(), "migrate:db-version");
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.errors()).first().asString().contains(JdbcTarget.NO_URL);
	}

	@Test
	@Order(13)
	void anOlderReleaseShowsTheNewerVersionsAsFutureAndDowngradesThemFromTheHistory() throws Exception {
		Path versions = project.resolve("src/main/resources/db/migrate/versions");
		Files.writeString(versions.resolve("004_create_label_default_upgrade.sql"),
				"CREATE TABLE label (id INT PRIMARY KEY);\n");
		Files.writeString(versions.resolve("004_create_label_default_downgrade.sql"), "DROP TABLE label;\n");
		MavenRun.Result newer = mvn("migrate:upgrade");
		assertThat(newer.exitCode()).as(newer.toString()).isZero();
		assertThat(tables()).contains("label");
		// the older release: the project without version 4, in its sources and its built classes
		for (String direction : List.of("upgrade", "downgrade")) {
			String file = "004_create_label_default_" + direction + ".sql";
			Files.delete(versions.resolve(file));
			Files.deleteIfExists(project.resolve("target/classes/db/migrate/versions").resolve(file));
		}
		MavenRun.Result status = mvn("migrate:status");
		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.output()).containsPattern("4  create label +SQL +FUTURE \\(downgrade recorded\\)");
		List<String> before = snapshot();
		MavenRun.Result plan = mvn("migrate:downgrade", "-Dmigrate.target=3", "-Dmigrate.dry-run=true");
		assertThat(plan.exitCode()).as(plan.toString()).isZero();
		assertThat(plan.output()).contains("DROP TABLE label").contains("recorded in the history with its upgrade");
		assertThat(snapshot()).isEqualTo(before);
		MavenRun.Result downgrade = mvn("migrate:downgrade", "-Dmigrate.target=3", "migrate:db-version");
		assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
		assertThat(downgrade.output()).contains("from version 4 to 3").contains("[INFO] db version: 3");
		assertThat(tables()).doesNotContain("label");
	}

	private static MavenRun.Result mvn(String... goals) throws Exception {
		TestServers.Server server = TestServers.postgresql();
		List<String> arguments = new ArrayList<>(List.of(goals));
		arguments.add("-Dmigrate.url=" + server.url());
		arguments.add("-Dmigrate.user=" + server.user());
		if (!server.password().isEmpty()) {
			arguments.add("-Dmigrate.password=" + server.password());
		}
		arguments.add("-Dmigrate.schema=" + database.schema());
		MavenRun.Result result = MavenRun.run(project, Map.of(), arguments.toArray(String[]::new));
		if (!server.password().isEmpty()) {
			assertThat(result.output()).doesNotContain(server.password());
		}
		return result;
	}

	/** The schema's columns, the version table's rows and the history's rows. */
	private static List<String> snapshot() {
		List<String> snapshot = new ArrayList<>(columns());
		if (tables().contains("migrate_version")) {
			snapshot.addAll(database.query("SELECT repository_id || '=' || version FROM " + database.schema()
					+ ".migrate_version ORDER BY 1"));
			snapshot.addAll(database.query("SELECT version || ' ' || direction || ' ' || success FROM "
					+ database.schema() + ".migrate_history ORDER BY applied_at, version"));
		}
		return snapshot;
	}

	private static List<String> tables() {
		return database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
				+ database.schema() + "' ORDER BY 1");
	}

	private static List<String> columns() {
		return database.query("SELECT table_name || '.' || column_name || ' ' || data_type FROM "
				+ "information_schema.columns WHERE table_schema = '" + database.schema() + "' ORDER BY 1");
	}

}

package dev.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * {@code mvn migrate:upgrade} and {@code migrate:status} on a fleet of two PostgreSQL schemas given with
 * {@code -Dmigrate.fleet.schemas}, through real {@code mvn} runs, in order; the goals that act on one schema
 * refuse a fleet, and a fleet that only the application's properties name leaves a warning.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetGoalsIT {

	private static final List<TestDatabase> tenants = new ArrayList<>();

	private static Path project;

	@BeforeAll
	static void createProjectAndSchemas() throws Exception {
		tenants.add(PostgresContractTests.database(FleetGoalsIT.class));
		tenants.add(PostgresContractTests.database(FleetGoalsIT.class));
		project = ItProject.copy("postgresql-project");
		Path versions = Files.createDirectories(project.resolve("src/main/resources/db/migrate/versions"));
		Files.writeString(versions.resolve("001_create_page_default_upgrade.sql"),
				"CREATE TABLE page (id INT PRIMARY KEY);\n");
		Files.writeString(versions.resolve("001_create_page_default_downgrade.sql"), "DROP TABLE page;\n");
	}

	@AfterAll
	static void dropSchemas() {
		tenants.forEach(TestDatabase::close);
	}

	@Test
	@Order(1)
	void upgradeMigratesEverySchemaOfTheFleet() throws Exception {
		MavenRun.Result run = mvn("migrate:upgrade", "-Dmigrate.fleet.schemas=" + schemas());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("[INFO] Fleet of repository 'migrate': 2 schemas, 2 migrated, 0 already current, "
				+ "0 failed").contains("[INFO]   from version 0 to 1: 2 schemas");
		for (TestDatabase tenant : tenants) {
			assertThat(tenant.query("SELECT version FROM " + tenant.schema() + ".migrate_version")).containsExactly("1");
		}
	}

	@Test
	@Order(2)
	void statusCountsTheFleetsSchemasByDbVersion() throws Exception {
		MavenRun.Result run = mvn("migrate:status", "-Dmigrate.fleet.schemas=" + schemas());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("[INFO] Fleet of repository 'migrate': 2 schemas, version 1:")
			.contains("[INFO]   db version 1: 2 schemas");
	}

	@Test
	@Order(3)
	void aGoalOfOneSchemaRefusesAFleet() throws Exception {
		MavenRun.Result run = mvn("migrate:downgrade", "-Dmigrate.target=0", "-Dmigrate.fleet.schemas=" + schemas());
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.output()).contains("This goal acts on one schema, and -Dmigrate.fleet.schemas or "
				+ "-Dmigrate.fleet.query names a fleet (2 schemas): give the schema with -Dmigrate.schema=<schema> instead.");
		assertThat(tenants.get(0).query("SELECT version FROM " + tenants.get(0).schema() + ".migrate_version"))
			.containsExactly("1");
	}

	@Test
	@Order(4)
	void aFleetOfTheApplicationsPropertiesAloneLeavesAWarningAndTheGoalActsOnOneSchema() throws Exception {
		Files.writeString(project.resolve("src/main/resources/application.properties"),
				"migrate.fleet.schemas=" + schemas() + "\n");
		MavenRun.Result run = mvn("migrate:db-version", "-Dmigrate.schema=" + tenants.get(1).schema());
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("[WARNING] The application's properties name a fleet (migrate.fleet.*, 2 schemas): "
				+ "this goal acts on one schema, '" + tenants.get(1).schema() + "'").contains("[INFO] db version: 1");
	}

	private static String schemas() {
		return String.join(",", tenants.stream().map(TestDatabase::schema).toList());
	}

	private static MavenRun.Result mvn(String... goals) throws Exception {
		TestServers.Server server = TestServers.postgresql();
		List<String> arguments = new ArrayList<>(List.of(goals));
		arguments.add("-Dmigrate.url=" + server.url());
		arguments.add("-Dmigrate.user=" + server.user());
		if (!server.password().isEmpty()) {
			arguments.add("-Dmigrate.password=" + server.password());
		}
		return MavenRun.run(project, Map.of(), arguments.toArray(String[]::new));
	}

}

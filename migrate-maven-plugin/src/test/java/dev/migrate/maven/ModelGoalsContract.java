package dev.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * migrate:diff, migrate:check and migrate:generate, through real {@code mvn} runs on one project with an
 * entity, in order, on the database of each subclass: the entity and its changeset agree; a new field is the one difference,
 * which diff prints and check fails on; generate writes the changeset, which round-trips and after which
 * check passes; a database that is behind is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ModelGoalsContract {

	static TestDatabase database;

	private static Path project;

	@BeforeAll
	static void copyProject() throws Exception {
		project = ItProject.copy("jpa-project");
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.close();
			database = null;
		}
	}

	/** The {@code -D} settings that name the test's database. */
	abstract List<String> databaseArguments();

	@Test
	@Order(1)
	void theEntityMatchesTheMigratedDatabase() throws Exception {
		MavenRun.Result run = mvn("migrate:upgrade", "migrate:diff", "migrate:check");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("JPA model: 1 mapped classes in [shop]")
			.contains("The JPA entities match the database of repository 'shop' at version 1: no difference")
			.contains("The JPA entities (1 mapped classes) match the database of repository 'shop' at version 1");
	}

	@Test
	@Order(2)
	void aNewFieldIsTheOneDifferenceWhichDiffPrintsAndCheckFailsOn() throws Exception {
		Path item = project.resolve("src/main/java/shop/Item.java");
		Files.writeString(item, Files.readString(item)
			.replace("	private String name;\n", "	private String name;\n\n	@Column(length = 20)\n	private String unitCode;\n"));
		MavenRun.Result diff = mvn("migrate:diff");
		assertThat(diff.exitCode()).as(diff.toString()).isZero();
		assertThat(diff.output()).contains("differ (1 difference):")
			.containsPattern("\\[INFO\\]   table \"item\": column \"unit_code\" .*20.* is in the model, not in the "
					+ "database \\(addColumn\\)")
			.contains("mvn migrate:generate -Dmigrate.description=");
		MavenRun.Result check = mvn("migrate:check");
		assertThat(check.exitCode()).as(check.toString()).isNotZero();
		assertThat(check.output()).contains("column \"unit_code\"").contains("mvn migrate:generate");
		assertThat(database.query("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = '"
				+ database.schema() + "' AND table_name = 'item' ORDER BY 1")).containsExactly("id", "name");
	}

	@Test
	@Order(3)
	void generateWritesTheChangesetWhichRoundTripsAndAfterWhichCheckPasses() throws Exception {
		MavenRun.Result generate = mvn("migrate:generate", "-Dmigrate.description=Add unit code to item");
		assertThat(generate.exitCode()).as(generate.toString()).isZero();
		assertThat(generate.output()).contains("Wrote src/main/java/db/migrate/V002_AddUnitCodeToItem.java (version 2, "
				+ "1 difference");
		Path changeset = project.resolve("src/main/java/db/migrate/V002_AddUnitCodeToItem.java");
		assertThat(changeset).exists();
		assertThat(Files.readString(changeset)).contains("unit_code");
		MavenRun.Result run = mvn("migrate:test", "migrate:upgrade", "migrate:check");
		assertThat(run.exitCode()).as(run.toString() + "\n" + Files.readString(changeset)).isZero();
		assertThat(run.output()).contains("Round trip passed for versions [1, 2]")
			.contains("from version 1 to 2")
			.contains("match the database of repository 'shop' at version 2");
	}

	@Test
	@Order(4)
	void aDatabaseThatIsBehindIsRefusedByGenerateAndCheckAndWarnedAboutByDiff() throws Exception {
		MavenRun.Result downgrade = mvn("migrate:downgrade", "-Dmigrate.target=1");
		assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
		MavenRun.Result generate = mvn("migrate:generate", "-Dmigrate.description=Again");
		assertThat(generate.exitCode()).as(generate.toString()).isNotZero();
		assertThat(generate.output()).contains("Repository 'shop' is at version 1 and has versions [2] pending")
			.contains("Run mvn migrate:upgrade first");
		assertThat(project.resolve("src/main/java/db/migrate/V003_Again.java")).doesNotExist();
		MavenRun.Result check = mvn("migrate:check");
		assertThat(check.exitCode()).as(check.toString()).isNotZero();
		assertThat(check.output()).contains("has versions [2] pending");
		MavenRun.Result diff = mvn("migrate:diff");
		assertThat(diff.exitCode()).as(diff.toString()).isZero();
		assertThat(diff.output()).contains("[WARNING] Repository 'shop' is at version 1 and has versions [2] pending")
			.contains("column \"unit_code\"");
	}

	@Test
	@Order(5)
	void packagesWithoutEntitiesSayWhatToName() throws Exception {
		MavenRun.Result run = mvn("migrate:diff", "-Dmigrate.model.packages=nowhere");
		assertThat(run.exitCode()).as(run.toString()).isNotZero();
		assertThat(run.errors()).first().asString().contains("[nowhere]");
	}

	private MavenRun.Result mvn(String... goals) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(goals));
		arguments.addAll(databaseArguments());
		return MavenRun.run(project, Map.of(), arguments.toArray(String[]::new));
	}

	/** The settings of a server, with the test's schema (MySQL: database). */
	static List<String> arguments(String url, TestServers.Server server) {
		List<String> arguments = new ArrayList<>();
		arguments.add("-Dmigrate.url=" + url);
		arguments.add("-Dmigrate.user=" + server.user());
		if (!server.password().isEmpty()) {
			arguments.add("-Dmigrate.password=" + server.password());
		}
		arguments.add("-Dmigrate.schema=" + database.schema());
		return arguments;
	}

}

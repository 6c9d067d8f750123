package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetAutoConfiguration;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.command} with a fleet, on three tenant schemas of PostgreSQL: {@code upgrade} migrates the
 * fleet and prints its report, {@code status}, {@code db-version} and {@code validate} print every schema
 * grouped, {@code migrate.fleet.schema} chooses one schema, and the commands that change one schema refuse
 * the whole fleet.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateFleetCommandTests {

	private static final int TENANTS = 3;

	private final List<TestDatabase> tenants = new ArrayList<>();

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void createTenants() {
		String prefix = TestDatabase.uniqueName(getClass());
		TestServers.Server server = TestServers.postgresql();
		for (int index = 0; index < TENANTS; index++) {
			String name = prefix + String.format(Locale.ROOT, "_%d", index);
			TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE SCHEMA " + name);
			this.tenants.add(new TestDatabase(name, TestDatabase.withParameter(server.url(), "currentSchema=" + name),
					server.user(), server.password(), name, "postgresql", (database) -> TestDatabase
						.executeOn(server.url(), server.user(), server.password(), "DROP SCHEMA IF EXISTS " + name + " CASCADE")));
		}
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					MigrateFleetAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + server.url(), "spring.datasource.username=" + server.user(),
					"spring.datasource.password=" + server.password(),
					"migrate.fleet.schemas=" + String.join(",", this.tenants.stream().map(TestDatabase::name).toList()));
	}

	@AfterEach
	void dropTenants() {
		this.tenants.forEach(TestDatabase::close);
	}

	@Test
	void upgradeMigratesTheFleetAndPrintsItsReportGroupedByMove(CapturedOutput output) {
		run(0, "migrate.command=upgrade", "migrate.target=1");
		assertThat(output).contains("Fleet of repository 'cms': 3 schemas, 3 migrated, 0 already current, 0 failed; "
				+ "by db version {1=3} (version 1 is the target)")
			.contains("\n  from version 0 to 1: 3 schemas\n");
		run(0, "migrate.command=upgrade");
		assertThat(output).contains("by db version {3=3} (version 3 is the target)")
			.contains("\n  from version 1 to 3: 3 schemas\n");
		for (TestDatabase tenant : this.tenants) {
			assertThat(tenant.query("SELECT version FROM migrate_version")).as(tenant.name()).containsExactly("3");
		}
		run(0, "migrate.command=upgrade");
		assertThat(output).contains("3 schemas, 0 migrated, 3 already current, 0 failed")
			.contains("\n  already at version 3: 3 schemas\n");
	}

	@Test
	void upgradeWithAFailedTenantPrintsTheFailureInFullAndEndsWithExitCode1(CapturedOutput output) {
		run(0, "migrate.command=upgrade", "migrate.target=1");
		TestDatabase broken = this.tenants.get(1);
		broken.execute("CREATE TABLE tag (id BIGINT PRIMARY KEY)");
		run(1, "migrate.command=upgrade");
		assertThat(output).contains("3 schemas, 2 migrated, 0 already current, 1 failed")
			.contains("\n  from version 1 to 3: 2 schemas\nFailed:\n  schema " + broken.name() + " (left at version 1): "
					+ "The upgrade of version 2 failed in 002_create_tag_default_upgrade.sql")
			.contains("relation \"tag\" already exists")
			.contains("Fix each failed schema as its failure says (one schema: --migrate.fleet.schema=<schema>)");
		assertThat(broken.query("SELECT version FROM migrate_version")).containsExactly("1");
		assertThat(this.tenants.get(2).query("SELECT version FROM migrate_version")).containsExactly("3");
	}

	@Test
	void statusAndDbVersionCountTheSchemasByDbVersionAndListThoseNotCurrent(CapturedOutput output) {
		TestDatabase behind = this.tenants.get(0);
		TestDatabase fresh = this.tenants.get(2);
		run(0, "migrate.command=upgrade", "migrate.fleet.schema=" + behind.name(), "migrate.target=1");
		run(0, "migrate.command=upgrade", "migrate.fleet.schema=" + this.tenants.get(1).name());
		assertThat(output).contains("Schema " + behind.name() + " of the fleet:\nUpgraded repository 'cms' from version 0 to 1:");
		assertThat(fresh.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + fresh.name() + "'"))
			.as("a command on one schema leaves the others alone")
			.containsExactly("0");
		run(0, "migrate.command=status");
		assertThat(output).contains("Fleet of repository 'cms': 3 schemas, version 3:\n  db version 1: 1 schema\n"
				+ "  db version 3: 1 schema\n  not under version control: 1 schema\nNot at version 3 (2 schemas):\n  "
				+ behind.name() + ": db version 1, pending 2, 3\n  " + fresh.name() + ": not under version control\n");
		run(0, "migrate.command=db-version");
		assertThat(output).contains("Not at version 3 (2 schemas):\n  " + behind.name() + ": db version 1\n  "
				+ fresh.name() + ": not under version control\n");
	}

	@Test
	void validateComparesEverySchemaAndListsTheInvalidOnesWithExitCode1(CapturedOutput output) {
		run(0, "migrate.command=upgrade");
		run(0, "migrate.command=validate");
		assertThat(output).contains("Fleet of repository 'cms': 3 schemas: 3 valid, 0 invalid, 0 could not be validated (");
		TestDatabase changed = this.tenants.get(1);
		changed.execute("UPDATE migrate_history SET checksum = 'changed' WHERE version = 2");
		run(1, "migrate.command=validate");
		assertThat(output).contains("3 schemas: 2 valid, 1 invalid, 0 could not be validated (")
			.contains("Invalid: applied changesets changed after they ran (1 schema):\n  " + changed.name()
					+ ": version 2 (");
	}

	@Test
	void aDowngradeOfTheWholeFleetIsRefusedAndChangesNothing() {
		run(0, "migrate.command=upgrade");
		for (String command : List.of("downgrade", "repair", "version-control")) {
			this.contextRunner.withPropertyValues("migrate.command=" + command, "migrate.target=1")
				.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
					.isInstanceOf(InvalidMigratePropertyException.class)
					.hasMessageStartingWith("Invalid value '' for property 'migrate.fleet.schema': migrate.command="
							+ command + " changes one schema, and a fleet is configured (3 schemas, 3 now): choose the "
							+ "schema, for example --migrate.fleet.schema=" + this.tenants.get(0).name()));
		}
		for (TestDatabase tenant : this.tenants) {
			assertThat(tenant.query("SELECT version FROM migrate_version")).as(tenant.name()).containsExactly("3");
		}
	}

	@Test
	void aDowngradeOfTheOneSchemaChosenRunsOnItAlone(CapturedOutput output) {
		run(0, "migrate.command=upgrade");
		TestDatabase chosen = this.tenants.get(2);
		run(0, "migrate.command=downgrade", "migrate.target=1", "migrate.fleet.schema=" + chosen.name());
		assertThat(output).contains("Schema " + chosen.name() + " of the fleet:\nDowngraded repository 'cms' from version 3 to 1:");
		assertThat(chosen.query("SELECT version FROM migrate_version")).containsExactly("1");
		assertThat(this.tenants.get(0).query("SELECT version FROM migrate_version")).containsExactly("3");
	}

	@Test
	void aSchemaThatIsNotTheFleetsIsRefused() {
		this.contextRunner.withPropertyValues("migrate.command=status", "migrate.fleet.schema=public")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessageStartingWith("Invalid value 'public' for property 'migrate.fleet.schema': it is not a schema "
						+ "of the fleet (3 schemas: " + this.tenants.get(0).name()));
	}

	@Test
	void aDryRunOfTheWholeFleetIsRefused() {
		this.contextRunner.withPropertyValues("migrate.command=upgrade", "migrate.dry-run=true")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessageContaining("'migrate.dry-run'")
				.hasMessageContaining("choose one with --migrate.fleet.schema=<schema>"));
	}

	@Test
	void aCommandWithMigrateEnabledFalseActsOnTheFleetToo(CapturedOutput output) {
		run(0, "migrate.command=upgrade", "migrate.enabled=false");
		assertThat(output).contains("3 schemas, 3 migrated");
		for (TestDatabase tenant : this.tenants) {
			assertThat(tenant.query("SELECT version FROM migrate_version")).as(tenant.name()).containsExactly("3");
		}
	}

	@Test
	void aRepositoryOfMigrateRepositoriesRunsTheCommandAsUsualBesideTheFleet(CapturedOutput output) {
		String salesUrl = "jdbc:h2:mem:fleetcommandsales" + ThreadLocalRandom.current().nextInt(1_000_000)
				+ ";DB_CLOSE_DELAY=-1";
		run(0, "migrate.command=upgrade", "migrate.repositories.sales.url=" + salesUrl,
				"migrate.repositories.sales.location=classpath:repositories/orders",
				"migrate.repositories.sales.java-package=");
		assertThat(output).contains("Repository migrate:\nFleet of repository 'cms': 3 schemas, 3 migrated")
			.contains("Repository sales:\nUpgraded repository 'orders' from version 0 to 2:");
	}

	private void run(int exitCode, String... properties) {
		this.contextRunner.withPropertyValues(properties)
			.run((context) -> assertThat(ended(context).getExitCode()).isEqualTo(exitCode));
	}

	private static MigrateCommandException ended(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof MigrateCommandException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("a MigrateCommandException in the cause chain of %s", context.getStartupFailure())
			.isNotNull();
		return (MigrateCommandException) failure;
	}

}

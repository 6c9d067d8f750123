package dev.migrate.core.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.FleetFailedException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.TargetOutcome;
import dev.migrate.core.TargetOutcome.State;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.ScriptFolder;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet of 50 tenants on one server, migrated with one repository: one tenant's changeset fails and
 * the others go on; a run with nothing pending reports every tenant current; two runs at once apply each
 * changeset once per tenant. Each database's subclass says how a tenant (a schema, or on MariaDB a
 * database) is made; every tenant is dropped after the test, whatever it ended with.
 */
abstract class FleetContract {

	private static final int TENANTS = 50;

	/** The tenant whose schema differs, so that its changeset 2 fails. */
	private static final int BROKEN = 17;

	@TempDir
	Path root;

	private ScriptFolder folder;

	private String prefix;

	private final List<TestDatabase> tenants = new ArrayList<>();

	/** A new tenant of that name on the server: a schema, or a database. */
	protected abstract TestDatabase createTenant(String name);

	/** The server's DataSource, which the fleet migrates through. */
	protected abstract DataSource serverDataSource();

	/** The history of the broken tenant after its changeset 2 failed, as "version direction success". */
	protected abstract List<String> historyAfterFailure();

	/** The SQL that lists the tenants whose names start with a prefix, for a fleet named by a query. */
	protected String tenantQuery(String prefix) {
		return "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + prefix
				+ "%' ORDER BY 1";
	}

	@BeforeEach
	void createTenants() {
		this.prefix = TestDatabase.uniqueName(getClass());
		this.folder = new ScriptFolder(this.root);
		this.folder.version(1, "create account", "CREATE TABLE account (id INTEGER PRIMARY KEY);\n",
				"DROP TABLE account;\n")
			.version(2, "create audit", "CREATE TABLE audit (id INTEGER PRIMARY KEY, account_id INTEGER);\n",
					"DROP TABLE audit;\n")
			.version(3, "create invoice", "CREATE TABLE invoice (id INTEGER PRIMARY KEY);\n", "DROP TABLE invoice;\n");
		for (int index = 0; index < TENANTS; index++) {
			this.tenants.add(createTenant(name(index)));
		}
	}

	@AfterEach
	void dropTenants() {
		RuntimeException failure = null;
		for (TestDatabase tenant : this.tenants) {
			try {
				tenant.close();
			}
			catch (RuntimeException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	@Test
	void aFailedTenantIsReportedWithItsErrorWhileTheOthersAreMigratedAndNothingOfItIsHalfRecorded() {
		Migrate migrate = new Migrate(config().target(1).build());
		assertThat(migrate.upgrade(fleet()).countsByVersion()).isEqualTo(Map.of(1, TENANTS));
		tenant(BROKEN).execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
		FleetResult result;
		try (Logs logs = Logs.capture()) {
			result = new Migrate(config().build()).upgrade(fleet().withProgressInterval(java.time.Duration.ofMillis(1)));
			assertThat(logs.lines()).anyMatch((line) -> line.startsWith("INFO Fleet of repository 'fleet': ")
					&& line.contains(" schemas done (") && line.contains(" remaining, "));
			assertThat(logs.lines()).anyMatch((line) -> line.startsWith("ERROR Fleet of repository 'fleet': schema '"
					+ name(BROKEN) + "' failed: The upgrade of version 2 failed"));
			assertThat(logs.lines()).last().asString().startsWith("WARN Fleet of repository 'fleet': 50 schemas, 49 migrated, "
					+ "0 already current, 1 failed; by db version {1=1, 3=49}");
		}
		assertThat(result.countsByState()).containsEntry(State.MIGRATED, TENANTS - 1)
			.containsEntry(State.FAILED, 1)
			.containsEntry(State.CURRENT, 0);
		assertThat(result.countsByVersion()).isEqualTo(Map.of(1, 1, 3, TENANTS - 1));
		assertThat(result.successful()).isFalse();
		TargetOutcome failed = result.failures().get(0);
		assertThat(failed.schema()).isEqualTo(name(BROKEN));
		assertThat(failed.dbVersion()).isEqualTo(1);
		assertThat(failed.failure()).isInstanceOf(ChangesetFailedException.class)
			.hasMessageContaining("The upgrade of version 2 failed in 002_create_audit_default_upgrade.sql");
		assertThat(result.targets().get(0)).isEqualTo(new TargetOutcome(name(0), State.MIGRATED, 1, 3, 2, null));
		assertThat(tenant(BROKEN).query("SELECT version FROM migrate_version")).containsExactly("1");
		assertThat(history(tenant(BROKEN))).isEqualTo(historyAfterFailure());
		assertThat(tenant(BROKEN).tables()).doesNotContain("invoice");
		assertThat(history(tenant(0))).containsExactly("0 stamp true", "1 upgrade true", "2 upgrade true",
				"3 upgrade true");
		assertThat(new FleetFailedException(result).getMessage())
			.startsWith("1 of 50 schemas of the fleet of repository 'fleet' failed to upgrade to version 3:\n- schema '"
					+ name(BROKEN) + "' (left at version 1): The upgrade of version 2 failed in "
					+ "002_create_audit_default_upgrade.sql")
			.endsWith("Fix each schema as its failure says (a command for one schema takes it as -Dmigrate.schema=<schema> "
					+ "with mvn, --migrate.fleet.schema=<schema> with the jar), then run the upgrade again: the schemas that are "
					+ "current are only read, without a lock.");
	}

	@Test
	void aRunWithNothingPendingReportsEveryTenantCurrent() {
		Migrate migrate = new Migrate(config().build());
		MigrateFleet fleet = MigrateFleet.query(tenantQuery(this.prefix));
		try (Logs driver = Logs.capture("org.mariadb")) {
			assertThat(migrate.upgrade(fleet).countsByState()).containsEntry(State.MIGRATED, TENANTS);
			assertThat(driver.lines()).as("no schema is queried for tables it does not have yet").isEmpty();
		}
		FleetResult again;
		try (Logs logs = Logs.capture()) {
			again = migrate.upgrade(fleet);
			assertThat(logs.lines()).noneMatch((line) -> line.contains("up to date") || line.contains("Upgrading"));
			assertThat(logs.lines()).contains("INFO Fleet of repository 'fleet': 50 schemas to version 3, all current (checked "
					+ "50 a query, no lock)");
			assertThat(logs.lines()).last().asString().startsWith("INFO Fleet of repository 'fleet': 50 schemas, 0 migrated, "
					+ "50 already current, 0 failed; by db version {3=50}");
		}
		assertThat(again.successful()).isTrue();
		assertThat(again.countsByState()).containsEntry(State.CURRENT, TENANTS);
		assertThat(again.targets()).extracting(TargetOutcome::schema).containsExactlyElementsOf(names());
		assertThat(history(tenant(BROKEN))).hasSize(4);
	}

	@Test
	void aFleetThatFailsFastLeavesTheTenantsAfterTheFailureAlone() {
		new Migrate(config().target(1).build()).upgrade(fleet());
		tenant(BROKEN).execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
		FleetResult result = new Migrate(config().build()).upgrade(fleet().withFailFast(true).withParallelism(1));
		assertThat(result.countsByState()).containsEntry(State.MIGRATED, BROKEN)
			.containsEntry(State.FAILED, 1)
			.containsEntry(State.NOT_RUN, TENANTS - BROKEN - 1);
		assertThat(result.targets().get(BROKEN + 1)).isEqualTo(TargetOutcome.notRun(name(BROKEN + 1)));
		assertThat(tenant(BROKEN + 1).query("SELECT version FROM migrate_version")).containsExactly("1");
		assertThat(result.summary()).contains(", 32 not run (fail-fast);");
	}

	@Test
	void twoRunsAtOnceApplyEachChangesetOncePerTenant() throws Exception {
		Migrate migrate = new Migrate(config().build());
		CompletableFuture<FleetResult> first = CompletableFuture.supplyAsync(() -> migrate.upgrade(fleet()));
		CompletableFuture<FleetResult> second = CompletableFuture.supplyAsync(() -> migrate.upgrade(fleet()));
		FleetResult one = first.get(120, TimeUnit.SECONDS);
		FleetResult other = second.get(120, TimeUnit.SECONDS);
		assertThat(one.successful()).as(one.summary()).isTrue();
		assertThat(other.successful()).as(other.summary()).isTrue();
		for (int index = 0; index < TENANTS; index++) {
			TargetOutcome mine = one.targets().get(index);
			TargetOutcome theirs = other.targets().get(index);
			assertThat(mine.changesets() + theirs.changesets()).as(mine.schema()).isEqualTo(3);
			assertThat(history(tenant(index))).as(mine.schema())
				.containsExactly("0 stamp true", "1 upgrade true", "2 upgrade true", "3 upgrade true");
		}
	}

	private MigrateConfig.Builder config() {
		return MigrateConfig.builder()
			.dataSource(serverDataSource())
			.location(this.folder.location())
			.javaPackage("")
			.repositoryId("fleet")
			.createSchema(false);
	}

	private MigrateFleet fleet() {
		return MigrateFleet.of(names());
	}

	private List<String> names() {
		List<String> names = new ArrayList<>();
		for (int index = 0; index < TENANTS; index++) {
			names.add(name(index));
		}
		return names;
	}

	private String name(int index) {
		return this.prefix + String.format(Locale.ROOT, "_%02d", index);
	}

	private TestDatabase tenant(int index) {
		return this.tenants.get(index);
	}

	/** A tenant's history rows as "version direction success", oldest first. */
	private static List<String> history(TestDatabase tenant) {
		return tenant.query("SELECT CONCAT(version, ' ', direction, ' ', CASE WHEN success THEN 'true' ELSE 'false' END) "
				+ "FROM migrate_history ORDER BY id");
	}

}

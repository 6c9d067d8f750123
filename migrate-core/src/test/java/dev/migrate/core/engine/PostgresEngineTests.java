package dev.migrate.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.RoundTripException;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.UpgradeMain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresEngineTests extends EngineContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

	@Test
	void failingChangesetLeavesNothingHalfRecorded() {
		this.folder.tables(1)
			.version(2, "half", "CREATE TABLE first_half (id INTEGER);\nINSERT INTO t1 VALUES (1);\nSELECT 1/0;",
					"DROP TABLE first_half;");
		Migrate migrate = migrate();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade)
			.satisfies((ex) -> assertThat(ex.dirty()).isFalse())
			.withMessageContaining("002_half_default_upgrade.sql at line 3: ERROR: division by zero")
			.withMessageContaining("Nothing of version 2 was kept");
		assertThat(migrate.dbVersion()).isEqualTo(1);
		assertThat(tables()).doesNotContain("first_half");
		assertThat(count("t1")).isZero();
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true");
		assertThat(migrate.status().dirty()).isFalse();
	}

	@Test
	void aConnectionTheServerEndsMidChangesetIsReportedWithItsCauseAndNothingKept() throws Exception {
		String marker = "lost_" + Long.toHexString(System.nanoTime());
		for (String body : new String[] { "SELECT pg_sleep(10) AS " + marker + ";",
				"CREATE TABLE first_half (id INTEGER);\nSELECT pg_sleep(10) AS " + marker + ";" }) {
			this.folder.tables(1).version(2, "slow", body, "DROP TABLE IF EXISTS first_half;");
			Migrate migrate = migrate();
			migrate.upgrade(1);
			CompletableFuture<Void> terminate = CompletableFuture.runAsync(() -> {
				for (int attempt = 0; attempt < 100; attempt++) {
					if (!this.database.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%"
							+ marker + "%' AND pid <> pg_backend_pid()").isEmpty()) {
						return;
					}
					sleep(100);
				}
			});
			assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade)
				.withMessageContaining("The upgrade of version 2 failed in 002_slow_default_upgrade.sql")
				.withMessageContaining("the connection to the database was lost")
				.withMessageContaining("terminating connection due to administrator command")
				.withMessageContaining("Nothing of version 2 was kept")
				.withMessageNotContaining("This connection has been closed");
			terminate.get(10, TimeUnit.SECONDS);
			assertThat(migrate.dbVersion()).isEqualTo(1);
			assertThat(tables()).doesNotContain("first_half");
			assertThat(history()).last().isEqualTo("1 upgrade SQL true");
		}
	}

	@Test
	void aNulByteInAScriptIsReportedWithItsOwnCauseAndNothingKept() {
		this.folder.tables(1).version(2, "nul", "CREATE TABLE first_half (name TEXT);\nINSERT INTO first_half VALUES ('a\u0000b');\n",
				"DROP TABLE first_half;");
		Migrate migrate = migrate();
		migrate.upgrade(1);
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade)
			.withMessageContaining("The upgrade of version 2 failed in 002_nul_default_upgrade.sql")
			.withMessageContaining("Nothing of version 2 was kept")
			.withMessageContaining("insufficient data left in message")
			.withMessageNotContaining("has been closed");
		assertThat(migrate.dbVersion()).isEqualTo(1);
		assertThat(tables()).doesNotContain("first_half");
	}

	@Test
	void theLockOfAnInstanceKilledMidStatementGoesWithinSeconds() throws Exception {
		String marker = "killed_" + Long.toHexString(System.nanoTime());
		this.folder.tables(1).version(2, "slow", "SELECT pg_sleep(60) AS " + marker + ";", "SELECT 1;");
		migrate().upgrade(1);
		Process instance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), UpgradeMain.class.getName(), this.database.url(),
				this.database.user(), String.valueOf(this.database.password()), this.folder.location(), "test_repository")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			String running = "SELECT pid FROM pg_stat_activity WHERE query LIKE '%" + marker + "%' AND pid <> pg_backend_pid()";
			for (int attempt = 0; attempt < 300 && this.database.query(running).isEmpty(); attempt++) {
				sleep(100);
			}
			assertThat(this.database.query(running)).as("the killed instance's statement").hasSize(1);
		}
		finally {
			instance.destroyForcibly().waitFor();
		}
		this.folder.version(2, "slow", "SELECT 1;", "SELECT 1;");
		MigrationResult result = new Migrate(config().lockTimeout(java.time.Duration.ofSeconds(20)).build()).upgrade();
		assertThat(result.toVersion()).isEqualTo(2);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void anIndexBuiltConcurrentlyInATransactionIsReportedWithTheDirectiveToAdd() {
		this.folder.tables(1).version(2, "index", "CREATE INDEX CONCURRENTLY ix_t1_id ON t1 (id);", "DROP INDEX ix_t1_id;");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.withMessageContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction block")
			.withMessageContaining("This statement must run outside a transaction: add '-- migrate:no-transaction' as the "
					+ "first line of the script")
			.withMessageContaining("Nothing of version 2 was kept");
		assertThat(migrate().dbVersion()).isEqualTo(1);
	}

	@Test
	void aNoTransactionScriptWhoseFirstStatementFailsSaysNothingOfItRan() {
		this.folder.tables(1).version(2, "index", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY ix_nope ON nope (id);",
				"DROP INDEX ix_nope;");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> assertThat(ex.dirty()).isTrue())
			.withMessageContaining("Nothing of it ran (its first statement failed), but its run is recorded as started, "
					+ "so the repository is dirty: fix the changeset, then run repair")
			.withMessageNotContaining("The statements before it were committed");
	}

	@Test
	void theRoundTripComparesTheOtherSchemasItIsToldOf() {
		String other = this.database.schema() + "_audit";
		this.database.execute("CREATE SCHEMA " + other);
		try {
			this.folder.version(1, "audit", "CREATE TABLE IF NOT EXISTS " + other + ".audit_log (id INTEGER);", "SELECT 1;");
			assertThat(migrate().test().tested()).as("without migrate.schemas").containsExactly(1);
			this.database.execute("DROP TABLE " + other + ".audit_log");
			migrate().downgrade(0);
			Migrate told = new Migrate(config().schemas(List.of(other)).build());
			assertThatExceptionOfType(RoundTripException.class).isThrownBy(told::test)
				.satisfies((ex) -> assertThat(ex.diff().differences())
					.containsExactly("in schema \"" + other + "\": table \"audit_log\" was added"));
		}
		finally {
			this.database.execute("DROP SCHEMA " + other + " CASCADE");
		}
	}

	@Test
	void runsADollarQuotedFunctionBody() {
		this.folder.tables(1)
			.version(2, "add function", """
					CREATE FUNCTION add_one(i integer) RETURNS integer AS $$
					BEGIN
					    -- a comment; with a semicolon
					    RETURN i + 1;
					END;
					$$ LANGUAGE plpgsql;
					CREATE FUNCTION greet() RETURNS text AS $body$ SELECT 'hello; world'::text $body$ LANGUAGE sql;
					""", "DROP FUNCTION greet();\nDROP FUNCTION add_one(integer);");
		migrate().upgrade();
		assertThat(this.database.query("SELECT add_one(41)")).containsExactly("42");
		assertThat(this.database.query("SELECT greet()")).containsExactly("hello; world");
		migrate().downgrade(1);
		assertThat(this.database.query("SELECT COUNT(*) FROM pg_proc WHERE proname IN ('add_one', 'greet') "
				+ "AND pronamespace = '" + this.database.schema() + "'::regnamespace"))
			.containsExactly("0");
	}

	@Test
	void sendsAScriptAsOneBatchEvenWhenAStatementReturnsRows() {
		this.folder.tables(1)
			.version(2, "sequence", "CREATE SEQUENCE ticket_seq;\nSELECT setval('ticket_seq', 41);\n"
					+ "CREATE TABLE ticket (id BIGINT DEFAULT nextval('ticket_seq'), title TEXT);\nINSERT INTO ticket (title) VALUES ('first');",
					"DROP TABLE ticket;\nDROP SEQUENCE ticket_seq;");
		migrate().upgrade();
		assertThat(this.database.query("SELECT id FROM ticket")).containsExactly("42");
		migrate().downgrade(1);
		assertThat(tables()).doesNotContain("ticket");
	}

	@Test
	void ignoresTransactionControlLinesOfTheScript() {
		this.folder.version(1, "with begin", "BEGIN;\nCREATE TABLE a (id INTEGER);\nCOMMIT;\n", "DROP TABLE a;");
		migrate().upgrade();
		assertThat(tables()).contains("a");
	}

	@Test
	void createsAnIndexConcurrentlyWhileTheLockIsHeld() throws Exception {
		this.folder.tables(1)
			.version(2, "index concurrently", """
					-- migrate:no-transaction
					SELECT pg_sleep(1);
					CREATE INDEX CONCURRENTLY ix_t1_id ON t1 (id);
					""", "-- migrate:no-transaction\nDROP INDEX CONCURRENTLY ix_t1_id;");
		migrate().upgrade(1);
		CompletableFuture<MigrationResult> first = CompletableFuture.supplyAsync(() -> migrate().upgrade());
		waitForAdvisoryLock();
		// A second instance now waits for the lock, outside any transaction, while the first builds the index.
		CompletableFuture<MigrationResult> second = CompletableFuture.supplyAsync(() -> migrate().upgrade());
		MigrationResult firstResult = first.get(60, TimeUnit.SECONDS);
		MigrationResult secondResult = second.get(60, TimeUnit.SECONDS);
		assertThat(firstResult.runs()).extracting("version").containsExactly(2);
		assertThat(secondResult.changed()).isFalse();
		assertThat(this.database.query("SELECT indisvalid FROM pg_index WHERE indexrelid = '"
				+ this.database.schema() + ".ix_t1_id'::regclass")).containsExactly("t");
		assertThat(history()).last().isEqualTo("2 upgrade SQL true");
		migrate().downgrade(1);
	}

	@Test
	void startupCheckWithNothingPendingTakesNoLock() throws Exception {
		this.folder.tables(1).version(2, "slow", "SELECT pg_sleep(1);\nCREATE TABLE slow (id INTEGER);", "DROP TABLE slow;");
		migrate().upgrade(1);
		CompletableFuture<MigrationResult> holder = CompletableFuture.supplyAsync(() -> migrate().upgrade());
		waitForAdvisoryLock();
		MigrationResult check = new Migrate(config().target(1).lockTimeout(java.time.Duration.ZERO).build()).upgrade();
		assertThat(check.changed()).isFalse();
		assertThat(check.toVersion()).isEqualTo(1);
		assertThat(holder.get(60, TimeUnit.SECONDS).toVersion()).isEqualTo(2);
	}

	private void waitForAdvisoryLock() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (!this.database.query("SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
					+ "WHERE l.locktype = 'advisory' AND l.granted AND a.query LIKE 'SELECT pg_sleep(1)%'").isEmpty()) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The first upgrade never took the advisory lock");
	}

}

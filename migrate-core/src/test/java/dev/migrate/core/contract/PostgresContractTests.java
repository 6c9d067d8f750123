package dev.migrate.core.contract;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.RoundTripException;
import dev.migrate.core.catalogue.BadInputCase;
import dev.migrate.core.engine.EngineCase;
import dev.migrate.core.schema.ChangesetApiContractTests;
import dev.migrate.core.schema.SchemaDiff;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.SchemaSnapshotContractTests;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import dev.migrate.core.testing.UpgradeMain;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract on PostgreSQL, in a schema of its own on the server {@link #server()} names (the local one, or
 * the one {@link TestServers} is told of), and what only PostgreSQL has.
 */
public class PostgresContractTests extends TransactionalDdlContract {

	@Override
	protected String failingStatement() {
		return "INSERT INTO t1 (id) VALUES (1 / 0)";
	}

	@Override
	protected String failingStatementError() {
		return "ERROR: division by zero";
	}


	/** A fresh schema on a PostgreSQL server, its connections' current schema; dropped with everything in it. */
	public static TestDatabase database(TestServers.Server server, Class<?> owner) {
		String name = TestDatabase.uniqueName(owner);
		TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE SCHEMA " + name);
		return new TestDatabase(name, TestDatabase.withParameter(server.url(), "currentSchema=" + name), server.user(),
				server.password(), name, "postgresql", (database) -> TestDatabase.executeOn(server.url(), server.user(),
						server.password(), "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
	}

	/** A fresh schema on the PostgreSQL server of {@link TestServers#postgresql()}. */
	public static TestDatabase database(Class<?> owner) {
		return database(TestServers.postgresql(), owner);
	}

	/** The major version of the server a test database is on: 13 for 13.22. */
	static int majorVersion(TestDatabase database) {
		return Integer.parseInt(database.query("SHOW server_version_num").get(0)) / 10000;
	}

	/** The server these tests run on; a subclass for another PostgreSQL names its own. */
	protected TestServers.Server server() {
		return TestServers.postgresql();
	}

	@Override
	protected TestDatabase createDatabase(Class<?> owner) {
		return database(server(), owner);
	}

	/** What the engine does on PostgreSQL alone: advisory locks, dollar quotes, CONCURRENTLY, a lost connection. */
	@Nested
	class OnPostgres extends EngineCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
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
			if (majorVersion(this.database) < 14) {
				// No client_connection_check_interval: the server sees the client gone only when the statement ends.
				assertThatExceptionOfType(LockTimeoutException.class)
					.isThrownBy(() -> new Migrate(config().lockTimeout(java.time.Duration.ofSeconds(2)).build()).upgrade())
					.withMessageContaining("on PostgreSQL 13 and older, once its running statement ends");
				this.database.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%" + marker
						+ "%' AND pid <> pg_backend_pid()");
			}
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

	/**
	 * The snapshot contract on PostgreSQL, with the objects only PostgreSQL has here: materialized views,
	 * functions and procedures, triggers, sequences, enum and domain types, extensions and comments.
	 */
	@Nested
	class Snapshot extends SchemaSnapshotContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Override
		protected String varcharType() {
			return "varchar";
		}

		@Override
		protected String integerType() {
			return "int4";
		}

		@Override
		protected String decimalType() {
			return "numeric";
		}

		/** What PostgreSQL before 16 writes before a column of a view's definition: its table. */
		private String qualifiedBefore16(String qualifier) {
			return (majorVersion(this.database) < 16) ? qualifier : "";
		}

		/** What PostgreSQL 14 and later write before a procedure's argument: its mode. */
		private String modeFrom14() {
			return (majorVersion(this.database) >= 14) ? "IN " : "";
		}

		@Test
		void readsTheSameObjectsThroughAConnectionWhoseSearchPathIsAnother() throws SQLException {
			this.database.execute("create materialized view mv_title as select title from page",
					"create function page_count() returns bigint language sql as $$ select count(*) from page $$",
					"create function stamp() returns trigger language plpgsql as $$ begin return new; end $$",
					"create trigger page_stamp before insert on page for each row execute function stamp()",
					"create sequence ticket_seq owned by page.id", "create domain score as integer default 0");
			assertSameSnapshotFrom(server());
		}

		@Test
		void detectsAMaterializedViewCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("materialized view \"mv_title\"",
					List.of("create materialized view mv_title as select title from page"),
					List.of("drop materialized view mv_title", "create materialized view mv_title as select id from page"),
					List.of("drop materialized view mv_title"),
					"materialized view \"mv_title\": definition differs\n  was: SELECT " + qualifiedBefore16("page.") + "title FROM page;"
							+ "\n  is: SELECT " + qualifiedBefore16("page.") + "id FROM page;");
		}

		@Test
		void detectsAFunctionCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("function \"add_one(integer)\"",
					List.of("create function add_one(i integer) returns integer language sql as $$ select i + 1 $$"),
					List.of("create or replace function add_one(i integer) returns integer language sql as $$ select i + 2 $$"),
					List.of("drop function add_one(integer)"),
					"function \"add_one(integer)\": definition differs"
							+ "\n  was: CREATE OR REPLACE FUNCTION add_one(i integer)\n RETURNS integer\n LANGUAGE sql\n"
							+ "AS $function$ select i + 1 $function$"
							+ "\n  is: CREATE OR REPLACE FUNCTION add_one(i integer)\n RETURNS integer\n LANGUAGE sql\n"
							+ "AS $function$ select i + 2 $function$");
		}

		@Test
		void detectsAProcedureCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("procedure \"touch(integer)\"",
					List.of("create procedure touch(a integer) language plpgsql as $$ begin perform a; end $$"),
					List.of("create or replace procedure touch(a integer) language plpgsql as $$ begin perform a + 1; end $$"),
					List.of("drop procedure touch(integer)"),
					"procedure \"touch(integer)\": definition differs"
							+ "\n  was: CREATE OR REPLACE PROCEDURE touch(" + modeFrom14() + "a integer)\n LANGUAGE plpgsql\n"
							+ "AS $procedure$ begin perform a; end $procedure$"
							+ "\n  is: CREATE OR REPLACE PROCEDURE touch(" + modeFrom14() + "a integer)\n LANGUAGE plpgsql\n"
							+ "AS $procedure$ begin perform a + 1; end $procedure$");
		}

		@Test
		void detectsATriggerCreatedChangedAndDroppedButNotTheTriggersBehindForeignKeys() throws SQLException {
			this.database.execute("create function stamp() returns trigger language plpgsql as $$ begin return new; end $$");
			assertLifecycle("trigger \"page.page_stamp\"",
					List.of("create trigger page_stamp before insert on page for each row execute function stamp()"),
					List.of("drop trigger page_stamp on page",
							"create trigger page_stamp before insert or update on page for each row execute function stamp()"),
					List.of("drop trigger page_stamp on page"),
					"trigger \"page.page_stamp\": definition differs"
							+ "\n  was: CREATE TRIGGER page_stamp BEFORE INSERT ON page FOR EACH ROW EXECUTE FUNCTION stamp()"
							+ "\n  is: CREATE TRIGGER page_stamp BEFORE INSERT OR UPDATE ON page FOR EACH ROW EXECUTE FUNCTION stamp()");
		}

		@Test
		void detectsASequenceCreatedChangedAndDroppedButNotItsCurrentValue() throws SQLException {
			assertLifecycle("sequence \"ticket_seq\"", List.of("create sequence ticket_seq"),
					List.of("alter sequence ticket_seq increment by 5 maxvalue 1000 cycle owned by page.price"),
					List.of("drop sequence ticket_seq"), "sequence \"ticket_seq\": owned by (none) -> page.price",
					"sequence \"ticket_seq\": increment 1 -> 5", "sequence \"ticket_seq\": max 9223372036854775807 -> 1000",
					"sequence \"ticket_seq\": cycle false -> true");
			SchemaSnapshot before = snapshot();
			this.database.query("select nextval('ticket_seq')");
			assertThat(snapshot()).isEqualTo(before);
		}

		@Test
		void readsTheSequencesOfIdentityAndSerialColumnsButNotThoseOfExcludedTables() throws SQLException {
			Set<String> excluded = Set.of("migrate_version", "MIGRATE_HISTORY");
			SchemaSnapshot before = snapshot(excluded);
			this.database.execute("create table migrate_history (id integer generated always as identity primary key,"
					+ " note text, ref serial)", "comment on table migrate_history is 'engine'",
					"comment on column migrate_history.note is 'engine'",
					"create function keep() returns trigger language plpgsql as $$ begin return new; end $$",
					"create trigger history_keep before insert on migrate_history for each row execute function keep()",
					"create table tag (id integer generated always as identity primary key, ref serial)");
			assertThat(SchemaDiff.between(before, snapshot(excluded)).differences()).containsExactly(
					"table \"tag\" was added", "function \"keep()\" was added", "sequence \"tag_id_seq\" was added",
					"sequence \"tag_ref_seq\" was added");
			assertThat(snapshot(excluded).object("sequence", "tag_id_seq").properties()).containsEntry("owned by", "tag.id")
				.containsEntry("max", "2147483647");
		}

		@Test
		void detectsAnEnumTypeCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("type \"mood\"", List.of("create type mood as enum ('sad', 'ok')"),
					List.of("alter type mood add value 'happy'"), List.of("drop type mood"),
					"type \"mood\": labels [sad, ok] -> [sad, ok, happy]");
		}

		@Test
		void detectsADomainCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("domain \"score\"", List.of("create domain score as numeric(5,1) check (value >= 0)"),
					List.of("alter domain score set not null", "alter domain score set default 0",
							"alter domain score add constraint score_max check (value <= 100)"),
					List.of("drop domain score"), "domain \"score\": not null false -> true",
					"domain \"score\": default (none) -> 0", "domain \"score\": constraints [score_check CHECK ((VALUE >= (0)::numeric))]"
							+ " -> [score_check CHECK ((VALUE >= (0)::numeric)), score_max CHECK ((VALUE <= (100)::numeric))]");
		}

		@Test
		void detectsAnExtensionInTheSchemaCreatedUpdatedAndDroppedWithoutItsMembers() throws SQLException {
			// seg 1.4 came with PostgreSQL 14: update to the newest version this server has from the one before
			List<String> versions = this.database.query("select version from pg_available_extension_versions"
					+ " where name = 'seg' order by string_to_array(version, '.')::int[] desc limit 2");
			assertThat(versions).as("two versions of the contrib extension seg").hasSize(2);
			String newest = versions.get(0);
			String previous = versions.get(1);
			try {
				assertLifecycle("extension \"seg\"",
						List.of("create extension if not exists seg version '" + previous + "' schema " + this.database.schema()),
						List.of("alter extension seg update to '" + newest + "'"), List.of("drop extension seg"),
						"extension \"seg\": version " + previous + " -> " + newest);
			}
			finally {
				this.database.execute("drop extension if exists seg");
			}
		}

		@Test
		void detectsCommentsOnTablesViewsAndColumns() throws SQLException {
			assertLifecycle("comment on column \"page\".\"title\"", List.of("comment on column page.title is 'The title'"),
					List.of("comment on column page.title is 'The heading'"), List.of("comment on column page.title is null"),
					"comment on column \"page\".\"title\": text The title -> The heading");
			assertLifecycle("comment on table \"page\"", List.of("comment on table page is 'Pages'"), List.of(),
					List.of("comment on table page is null"));
			assertLifecycle("comment on view \"v_page\"", List.of("comment on view v_page is 'Titles'"), List.of(),
					List.of("comment on view v_page is null"));
		}

		@Test
		void detectsAGrantOnATableMadeWidenedAndRevoked() throws SQLException {
			String role = "migrate_reader_" + Long.toHexString(System.nanoTime());
			this.database.execute("create role " + role);
			try {
				assertLifecycle("grant on \"page\" to " + role, List.of("grant select on page to " + role),
						List.of("grant insert on page to " + role), List.of("revoke all on page from " + role),
						"grant on \"page\" to " + role + ": privileges [SELECT] -> [INSERT, SELECT]");
			}
			finally {
				this.database.execute("revoke all on page from " + role, "drop role " + role);
			}
		}

	}

	/** The changeset API on PostgreSQL. */
	@Nested
	class ChangesetApi extends ChangesetApiContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	/** A bad configuration as pgjdbc reports it. */
	@Nested
	class BadConfigurationOnPostgres extends BadInputCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void anUnreachableDatabaseIsReportedWithItsUrlAndNeverItsPassword() throws SQLException {
			String url = "jdbc:postgresql://127.0.0.1:1/test?password=s3cret&connectTimeout=2";
			SimpleDriverDataSource unreachable = new SimpleDriverDataSource(DriverManager.getDriver(url), url);
			assertConnectionFails(new Migrate(config().dataSource(unreachable).build()), "s3cret").withMessage("""
					Could not connect to jdbc:postgresql://127.0.0.1:1/test?password=***&connectTimeout=2: Connection to \
					127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is accepting \
					TCP/IP connections. Check that the database runs and accepts connections from here, and its URL, user \
					and password. Nothing was run.""");
		}

	}

}

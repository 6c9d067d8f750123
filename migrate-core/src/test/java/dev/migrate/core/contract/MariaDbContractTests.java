package dev.migrate.core.contract;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.Migrate;
import dev.migrate.core.catalogue.BadInputCase;
import dev.migrate.core.engine.EngineCase;
import dev.migrate.core.schema.ChangesetApiContractTests;
import dev.migrate.core.schema.SchemaSnapshotContractTests;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on MariaDB, through the MySQL dialect, in a database of its own; and what only MariaDB has. */
public class MariaDbContractTests extends NonTransactionalDdlContract {

	/** A fresh database on a MariaDB (or MySQL) server; dropped with everything in it. */
	public static TestDatabase database(TestServers.Server server, Class<?> owner) {
		String name = TestDatabase.uniqueName(owner);
		TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE DATABASE " + name);
		return new TestDatabase(name, TestDatabase.withDatabase(server.url(), name), server.user(), server.password(),
				name, "mysql", (database) -> TestDatabase.executeOn(server.url(), server.user(), server.password(),
						"DROP DATABASE IF EXISTS " + name));
	}

	/** A fresh database on the MariaDB server of {@link TestServers#mariadb()}. */
	public static TestDatabase database(Class<?> owner) {
		return database(TestServers.mariadb(), owner);
	}

	/** The server these tests run on; a subclass for another server names its own. */
	protected TestServers.Server server() {
		return TestServers.mariadb();
	}

	@Override
	protected TestDatabase createDatabase(Class<?> owner) {
		return database(server(), owner);
	}

	/** What the engine does on MariaDB alone: DELIMITER scripts, a driver that logs failed queries. */
	@Nested
	class OnMariaDb extends EngineCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void runsAProcedureDefinedWithDelimiter() {
			this.folder.tables(1).version(2, "add procedure", """
					DELIMITER $$
					CREATE PROCEDURE add_row(IN n INTEGER)
					BEGIN
					    INSERT INTO t1 (id) VALUES (n);
					    INSERT INTO t1 (id) VALUES (n + 1);
					END $$
					DELIMITER ;
					CALL add_row(10);
					""", "DROP PROCEDURE add_row;\nDELETE FROM t1;");
			migrate().upgrade();
			assertThat(count("t1")).isEqualTo(2);
			migrate().downgrade(1);
			assertThat(count("t1")).isZero();
		}

		@Test
		void aFirstStartMakesTheDriverLogNoWarning() {
			this.folder.tables(2);
			try (Logs logs = Logs.capture("org.mariadb")) {
				migrate().upgrade();
				migrate().status();
				migrate().upgrade();
				assertThat(logs.lines()).noneMatch((line) -> line.startsWith("WARN") || line.startsWith("ERROR"));
			}
			assertThat(migrate().dbVersion()).isEqualTo(2);
		}

	}

	/**
	 * The snapshot contract on MariaDB: a unique index is a unique constraint there, a primary key is always
	 * named {@code PRIMARY}, and columns change through {@code MODIFY}; it has functions, procedures and
	 * triggers.
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
			return "int";
		}

		@Override
		protected String decimalType() {
			return "decimal";
		}

		@Override
		protected String primaryKeyName(String declared) {
			return "PRIMARY";
		}

		@Override
		protected boolean uniqueIndexesAreConstraints() {
			return true;
		}

		@Override
		protected String setDataType(String table, String column, String type) {
			return "alter table " + table + " modify " + column + " " + type;
		}

		@Override
		protected String setNotNull(String table, String column, String type) {
			return "alter table " + table + " modify " + column + " " + type + " not null";
		}

		@Override
		protected String dropPrimaryKey(String table, String name) {
			return "alter table " + table + " drop primary key";
		}

		@Override
		protected String dropForeignKey(String table, String name) {
			return "alter table " + table + " drop foreign key " + name;
		}

		@Override
		protected String dropUniqueConstraint(String table, String name) {
			return "alter table " + table + " drop index " + name;
		}

		@Override
		protected String dropIndex(String table, String name) {
			return "drop index " + name + " on " + table;
		}

		@Test
		void readsTheSameObjectsThroughAConnectionToAnotherDatabase() throws SQLException {
			this.database.execute("create function page_count() returns int reads sql data return (select count(*) from page)",
					"create trigger page_upper before insert on page for each row set new.title = upper(new.title)");
			assertSameSnapshotFrom(server());
		}

		@Test
		void detectsAFunctionCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("function \"add_one\"", List.of("create function add_one(i int) returns int deterministic return i + 1"),
					List.of("drop function add_one", "create function add_one(i int) returns int deterministic return i + 2"),
					List.of("drop function add_one"),
					"function \"add_one\": definition differs\n  was: return i + 1\n  is: return i + 2");
		}

		@Test
		void detectsAProcedureCreatedChangedAndDropped() throws SQLException {
			assertLifecycle("procedure \"touch\"", List.of("create procedure touch(in a int) begin select a; end"),
					List.of("drop procedure touch", "create procedure touch(in a int, out b int) begin set b = a; end"),
					List.of("drop procedure touch"), "procedure \"touch\": parameters (IN a int(11)) -> (IN a int(11), OUT b int(11))",
					"procedure \"touch\": definition differs\n  was: begin select a; end\n  is: begin set b = a; end");
		}

		@Test
		void detectsATriggerCreatedChangedAndDroppedWhoeverDefinedIt() throws SQLException {
			assertLifecycle("trigger \"page.page_upper\"",
					List.of("create definer = current_user trigger page_upper before insert on page for each row"
							+ " set new.title = upper(new.title)"),
					List.of("drop trigger page_upper",
							"create trigger page_upper before update on page for each row set new.title = upper(new.title)"),
					List.of("drop trigger page_upper"), "trigger \"page.page_upper\": event INSERT -> UPDATE");
		}

		@Test
		void detectsAGrantOnATableMadeWidenedAndRevoked() throws SQLException {
			String user = "reader_" + Long.toHexString(System.nanoTime()).substring(0, 8);
			String grantee = "'" + user + "'@'%'";
			this.database.execute("create user " + grantee);
			try {
				assertLifecycle("grant on \"page\" to " + grantee, List.of("grant select on page to " + grantee),
						List.of("grant insert on page to " + grantee), List.of("revoke all privileges on page from " + grantee),
						"grant on \"page\" to " + grantee + ": privileges [SELECT] -> [INSERT, SELECT]");
			}
			finally {
				this.database.execute("drop user " + grantee);
			}
		}

	}

	/** The changeset API on MariaDB, through the MySQL dialect: a primary key is always named PRIMARY. */
	@Nested
	class ChangesetApi extends ChangesetApiContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Override
		protected String primaryKeyName(String declared) {
			return "PRIMARY";
		}

		@Override
		protected boolean supportsTimestampWithTimeZone() {
			return false;
		}

		@Override
		protected boolean uniqueIndexesAreConstraints() {
			return true;
		}

	}

	/** A bad configuration as MariaDB reports it. */
	@Nested
	class BadConfigurationOnMariaDb extends BadInputCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void aWrongPasswordIsReportedWithTheUrlAndNeverThePassword() throws SQLException {
			String user = "catalogue_" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
			this.database.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-one'");
			try {
				String url = this.database.url() + (this.database.url().contains("?") ? "&" : "?") + "password=s3cret";
				SimpleDriverDataSource wrong = new SimpleDriverDataSource(DriverManager.getDriver(url), url, user, "s3cret");
				assertConnectionFails(new Migrate(config().dataSource(wrong).build()), "s3cret")
					.withMessageStartingWith("Could not connect to " + url.replace("password=s3cret", "password=***") + ": ")
					.withMessageContaining("Access denied for user '" + user + "'@")
					.withMessageEndingWith("(using password: YES). Check that the database runs and accepts connections from "
							+ "here, and its URL, user and password. Nothing was run.");
			}
			finally {
				this.database.execute("DROP USER '" + user + "'@'%'");
			}
		}

	}

}

package dev.migrate.core.schema;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The snapshot contract on MariaDB: a unique index is a unique constraint there, a primary key is always
 * named {@code PRIMARY}, and columns change through {@code MODIFY}; it has functions, procedures and
 * triggers.
 */
class MariaDbSchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
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
		assertSameSnapshotFrom(TestServers.mariadb());
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

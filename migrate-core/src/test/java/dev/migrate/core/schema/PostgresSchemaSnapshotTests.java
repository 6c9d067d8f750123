package dev.migrate.core.schema;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot contract on PostgreSQL, with the objects only PostgreSQL has here: materialized views,
 * functions and procedures, triggers, sequences, enum and domain types, extensions and comments.
 */
class PostgresSchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
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

	@Test
	void readsTheSameObjectsThroughAConnectionWhoseSearchPathIsAnother() throws SQLException {
		this.database.execute("create materialized view mv_title as select title from page",
				"create function page_count() returns bigint language sql as $$ select count(*) from page $$",
				"create function stamp() returns trigger language plpgsql as $$ begin return new; end $$",
				"create trigger page_stamp before insert on page for each row execute function stamp()",
				"create sequence ticket_seq owned by page.id", "create domain score as integer default 0");
		assertSameSnapshotFrom(TestServers.postgresql());
	}

	@Test
	void detectsAMaterializedViewCreatedChangedAndDropped() throws SQLException {
		assertLifecycle("materialized view \"mv_title\"",
				List.of("create materialized view mv_title as select title from page"),
				List.of("drop materialized view mv_title", "create materialized view mv_title as select id from page"),
				List.of("drop materialized view mv_title"),
				"materialized view \"mv_title\": definition differs\n  was: SELECT page.title FROM page;"
						+ "\n  is: SELECT page.id FROM page;");
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
						+ "\n  was: CREATE OR REPLACE PROCEDURE touch(IN a integer)\n LANGUAGE plpgsql\n"
						+ "AS $procedure$ begin perform a; end $procedure$"
						+ "\n  is: CREATE OR REPLACE PROCEDURE touch(IN a integer)\n LANGUAGE plpgsql\n"
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
		try {
			assertLifecycle("extension \"seg\"",
					List.of("create extension if not exists seg version '1.3' schema " + this.database.schema()),
					List.of("alter extension seg update to '1.4'"), List.of("drop extension seg"),
					"extension \"seg\": version 1.3 -> 1.4");
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

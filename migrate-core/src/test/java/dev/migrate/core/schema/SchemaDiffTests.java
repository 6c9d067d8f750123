package dev.migrate.core.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SchemaDiff} on snapshots built by hand. */
class SchemaDiffTests {

	private static final ColumnSnapshot ID = new ColumnSnapshot("id", "int4", null, null, false, null);

	private static final ColumnSnapshot TITLE = new ColumnSnapshot("title", "varchar", 100, null, false, "'x'");

	private static final ColumnSnapshot CTIME = new ColumnSnapshot("ctime", "timestamp", null, null, true, "now()");

	private static final ColumnSnapshot AUTHOR = new ColumnSnapshot("author_id", "int4", null, null, true, null);

	private static final PrimaryKeySnapshot PAGE_KEY = new PrimaryKeySnapshot("page_pkey", List.of("id"));

	private static final ForeignKeySnapshot AUTHOR_KEY = new ForeignKeySnapshot("fk_page_author", List.of("author_id"),
			"app_user", List.of("id"), "CASCADE", "NO ACTION");

	private static final UniqueConstraintSnapshot UNIQUE_TITLE = new UniqueConstraintSnapshot("uq_page_title",
			List.of("title"));

	private static final IndexSnapshot CTIME_INDEX = new IndexSnapshot("ix_page_ctime", List.of("ctime"), false);

	private static final TableSnapshot USER = new TableSnapshot("app_user", List.of(ID),
			new PrimaryKeySnapshot("app_user_pkey", List.of("id")), List.of(), List.of(), List.of());

	@Test
	void findsNothingBetweenEqualSnapshots() {
		SchemaDiff diff = SchemaDiff.between(schema(page()), schema(page()));
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.differences()).isEmpty();
		assertThat(diff).hasToString("");
	}

	@Test
	void reportsAddedAndRemovedTablesInNameOrder() {
		TableSnapshot tag = new TableSnapshot("tag", List.of(ID), null, List.of(), List.of(), List.of());
		assertThat(SchemaDiff.between(new SchemaSnapshot(List.of(tag, USER)), schema(page())).differences())
			.containsExactly("table \"page\" was added", "table \"tag\" was removed");
	}

	@Test
	void reportsColumnChangesThenAddedColumns() {
		ColumnSnapshot longerTitle = new ColumnSnapshot("title", "varchar", 120, null, true, "'x'");
		ColumnSnapshot noDefault = new ColumnSnapshot("ctime", "timestamp", null, null, true, null);
		ColumnSnapshot slug = new ColumnSnapshot("slug", "varchar", 20, null, true, null);
		TableSnapshot before = table(List.of(ID, TITLE, CTIME, AUTHOR), PAGE_KEY, List.of(), List.of(), List.of());
		TableSnapshot after = table(List.of(ID, longerTitle, noDefault, slug), PAGE_KEY, List.of(), List.of(), List.of());
		assertThat(SchemaDiff.between(schema(before), schema(after)).differences()).containsExactly(
				"table \"page\": column \"title\" changed type varchar(100) -> varchar(120)",
				"table \"page\": column \"title\" nullable false -> true",
				"table \"page\": column \"ctime\" default now() -> (none)",
				"table \"page\": column \"author_id\" was removed",
				"table \"page\": column \"slug\" was added");
	}

	@Test
	void showsPrecisionAndScale() {
		ColumnSnapshot price = new ColumnSnapshot("price", "numeric", 8, 2, true, null);
		ColumnSnapshot widerPrice = new ColumnSnapshot("price", "numeric", 10, 3, true, null);
		assertThat(SchemaDiff.between(schema(table(List.of(price), null, List.of(), List.of(), List.of())),
				schema(table(List.of(widerPrice), null, List.of(), List.of(), List.of())))
			.differences()).containsExactly("table \"page\": column \"price\" changed type numeric(8,2) -> numeric(10,3)");
	}

	@Test
	void ignoresColumnOrder() {
		TableSnapshot before = table(List.of(ID, TITLE, CTIME), PAGE_KEY, List.of(), List.of(), List.of());
		TableSnapshot after = table(List.of(ID, CTIME, TITLE), PAGE_KEY, List.of(), List.of(), List.of());
		assertThat(SchemaDiff.between(schema(before), schema(after)).isEmpty()).isTrue();
	}

	@Test
	void reportsRemovedKeysConstraintsAndIndexes() {
		TableSnapshot bare = table(List.of(ID, TITLE, CTIME, AUTHOR), null, List.of(), List.of(), List.of());
		assertThat(SchemaDiff.between(schema(page()), schema(bare)).differences()).containsExactly(
				"table \"page\": primary key \"page_pkey\" (id) was removed",
				"table \"page\": foreign key \"fk_page_author\" (author_id) references app_user (id)"
						+ " on delete CASCADE on update NO ACTION was removed",
				"table \"page\": unique constraint \"uq_page_title\" (title) was removed",
				"table \"page\": index \"ix_page_ctime\" (ctime) was removed");
		assertThat(SchemaDiff.between(schema(bare), schema(page())).differences())
			.allSatisfy((line) -> assertThat(line).endsWith(" was added"))
			.hasSize(4);
	}

	@Test
	void reportsChangedKeysConstraintsAndIndexes() {
		TableSnapshot changed = table(List.of(ID, TITLE, CTIME, AUTHOR),
				new PrimaryKeySnapshot("page_pkey", List.of("id", "title")),
				List.of(new ForeignKeySnapshot("fk_page_author", List.of("author_id"), "app_user", List.of("id"),
						"SET NULL", "NO ACTION")),
				List.of(new UniqueConstraintSnapshot("uq_page_title", List.of("title", "ctime"))),
				List.of(new IndexSnapshot("ix_page_ctime", List.of("ctime", "id"), true)));
		assertThat(SchemaDiff.between(schema(page()), schema(changed)).differences()).containsExactly(
				"table \"page\": primary key changed \"page_pkey\" (id) -> \"page_pkey\" (id, title)",
				"table \"page\": foreign key \"fk_page_author\" changed (author_id) references app_user (id)"
						+ " on delete CASCADE on update NO ACTION -> (author_id) references app_user (id)"
						+ " on delete SET NULL on update NO ACTION",
				"table \"page\": unique constraint \"uq_page_title\" changed (title) -> (title, ctime)",
				"table \"page\": index \"ix_page_ctime\" changed (ctime) -> unique (ctime, id)");
	}

	@Test
	void identifiesUnnamedConstraintsByTheirColumns() {
		TableSnapshot before = table(List.of(ID, TITLE), new PrimaryKeySnapshot(null, List.of("id")), List.of(),
				List.of(new UniqueConstraintSnapshot(null, List.of("title"))), List.of());
		TableSnapshot after = table(List.of(ID, TITLE), new PrimaryKeySnapshot(null, List.of("id")), List.of(),
				List.of(new UniqueConstraintSnapshot(null, List.of("id", "title"))), List.of());
		assertThat(SchemaDiff.between(schema(before), schema(after)).differences()).containsExactly(
				"table \"page\": unique constraint (id, title) was added",
				"table \"page\": unique constraint (title) was removed");
	}

	@Test
	void sortsTablesAndTheirConstraintsSoThatEqualSchemasAreEqualSnapshots() {
		UniqueConstraintSnapshot other = new UniqueConstraintSnapshot("uq_page_ctime", List.of("ctime"));
		TableSnapshot one = table(List.of(ID), null, List.of(), List.of(UNIQUE_TITLE, other), List.of());
		TableSnapshot two = table(List.of(ID), null, List.of(), List.of(other, UNIQUE_TITLE), List.of());
		assertThat(new SchemaSnapshot(List.of(one, USER))).isEqualTo(new SchemaSnapshot(List.of(USER, two)));
		assertThat(new SchemaSnapshot(List.of(one, USER)).tables()).extracting(TableSnapshot::name)
			.containsExactly("app_user", "page");
	}

	@Test
	void reportsCheckConstraintsByNameOrElseByExpression() {
		CheckConstraintSnapshot positive = new CheckConstraintSnapshot("page_id_check", "((id > 0))");
		TableSnapshot before = new TableSnapshot("page", List.of(ID), null, List.of(), List.of(), List.of(),
				List.of(positive, new CheckConstraintSnapshot(null, "((id < 100))")));
		TableSnapshot after = new TableSnapshot("page", List.of(ID), null, List.of(), List.of(), List.of(),
				List.of(new CheckConstraintSnapshot("page_id_check", "((id > 1))"),
						new CheckConstraintSnapshot(null, "((id < 99))")));
		assertThat(SchemaDiff.between(schema(before), schema(after)).differences()).containsExactly(
				"table \"page\": check constraint (((id < 100))) was removed",
				"table \"page\": check constraint (((id < 99))) was added",
				"table \"page\": check constraint \"page_id_check\" changed (((id > 0))) -> (((id > 1)))");
		assertThat(new TableSnapshot("page", List.of(ID), null, List.of(), List.of(), List.of()).checkConstraints())
			.isEmpty();
	}

	@Test
	void joinsItsLinesInToString() {
		TableSnapshot before = table(List.of(ID, TITLE, CTIME), PAGE_KEY, List.of(), List.of(), List.of());
		TableSnapshot after = table(List.of(ID, TITLE), PAGE_KEY, List.of(), List.of(), List.of(CTIME_INDEX));
		assertThat(SchemaDiff.between(schema(before), schema(after))).hasToString(
				"table \"page\": column \"ctime\" was removed\ntable \"page\": index \"ix_page_ctime\" (ctime) was added");
	}

	@Test
	void reportsAddedAndRemovedObjectsAfterTablesByKindAndName() {
		SchemaObjectSnapshot view = SchemaObjectSnapshot.of("view", "post_view", "SELECT id FROM page");
		SchemaObjectSnapshot function = SchemaObjectSnapshot.of("function", "add_one(integer)", "CREATE FUNCTION ...");
		SchemaObjectSnapshot extension = new SchemaObjectSnapshot("extension", "pg_trgm", Map.of("version", "1.6"));
		SchemaObjectSnapshot comment = new SchemaObjectSnapshot("comment", "column \"page\".\"title\"",
				Map.of("text", "The title"));
		SchemaSnapshot before = new SchemaSnapshot(List.of(USER), List.of(comment, function));
		SchemaSnapshot after = new SchemaSnapshot(List.of(USER, page()), List.of(extension, view));
		assertThat(SchemaDiff.between(before, after).differences()).containsExactly("table \"page\" was added",
				"view \"post_view\" was added", "function \"add_one(integer)\" was removed",
				"extension \"pg_trgm\" was added", "comment on column \"page\".\"title\" was removed");
	}

	@Test
	void showsBothDefinitionsOfAChangedView() {
		SchemaSnapshot before = objects(SchemaObjectSnapshot.of("view", "post_view", "SELECT id FROM page"));
		SchemaSnapshot after = objects(SchemaObjectSnapshot.of("view", "post_view", "SELECT id, title FROM page"));
		assertThat(SchemaDiff.between(before, after).differences()).containsExactly(
				"view \"post_view\": definition differs\n  was: SELECT id FROM page\n  is: SELECT id, title FROM page");
	}

	@Test
	void reportsEachChangedPropertyOfASequenceInItsOrder() {
		SchemaSnapshot before = objects(sequence("1", "1", "false"));
		SchemaSnapshot after = objects(sequence("5", "1", "true"));
		assertThat(SchemaDiff.between(before, after).differences()).containsExactly(
				"sequence \"ticket_seq\": increment 1 -> 5", "sequence \"ticket_seq\": cycle false -> true");
	}

	@Test
	void reportsTheLabelsOfAnEnumTypeAndTheTextOfAComment() {
		SchemaSnapshot before = objects(new SchemaObjectSnapshot("type", "mood", Map.of("labels", "[sad, ok]")),
				new SchemaObjectSnapshot("comment", "table \"page\"", Map.of("text", "Pages")));
		SchemaSnapshot after = objects(new SchemaObjectSnapshot("type", "mood", Map.of("labels", "[sad, ok, happy]")),
				new SchemaObjectSnapshot("comment", "table \"page\"", Map.of("text", "All pages")));
		assertThat(SchemaDiff.between(before, after).differences()).containsExactly(
				"type \"mood\": labels [sad, ok] -> [sad, ok, happy]",
				"comment on table \"page\": text Pages -> All pages");
	}

	@Test
	void reportsAPropertyOnlyOneSideHasAsNone() {
		SchemaSnapshot before = objects(new SchemaObjectSnapshot("domain", "posint", Map.of("base type", "integer")));
		SchemaSnapshot after = objects(
				new SchemaObjectSnapshot("domain", "posint", Map.of("base type", "integer", "default", "1")));
		assertThat(SchemaDiff.between(before, after).differences())
			.containsExactly("domain \"posint\": default (none) -> 1");
	}

	@Test
	void sortsObjectsByKindThenNameAndKeepsTablesOnlySnapshotsAsTheyWere() {
		SchemaObjectSnapshot b = SchemaObjectSnapshot.of("view", "b", "SELECT 2");
		SchemaObjectSnapshot a = SchemaObjectSnapshot.of("view", "a", "SELECT 1");
		SchemaObjectSnapshot sequence = sequence("1", "1", "false");
		assertThat(new SchemaSnapshot(List.of(), List.of(sequence, b, a)).objects()).containsExactly(a, b, sequence);
		assertThat(new SchemaSnapshot(List.of(USER))).isEqualTo(new SchemaSnapshot(List.of(USER), List.of()));
		assertThat(new SchemaSnapshot(List.of(USER)).objects()).isEmpty();
		assertThat(new SchemaSnapshot(List.of(), List.of(a)).object("view", "a")).isEqualTo(a);
		assertThat(new SchemaSnapshot(List.of(), List.of(a)).object("sequence", "a")).isNull();
		assertThat(SchemaDiff.between(new SchemaSnapshot(List.of(), List.of(a, b)),
				new SchemaSnapshot(List.of(), List.of(b, a))).isEmpty()).isTrue();
	}

	private static SchemaObjectSnapshot sequence(String increment, String start, String cycle) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("owned by", "(none)");
		properties.put("increment", increment);
		properties.put("start", start);
		properties.put("min", "1");
		properties.put("max", "1000");
		properties.put("cycle", cycle);
		return new SchemaObjectSnapshot("sequence", "ticket_seq", properties);
	}

	private static SchemaSnapshot objects(SchemaObjectSnapshot... objects) {
		return new SchemaSnapshot(List.of(USER), List.of(objects));
	}

	private static TableSnapshot page() {
		return table(List.of(ID, TITLE, CTIME, AUTHOR), PAGE_KEY, List.of(AUTHOR_KEY), List.of(UNIQUE_TITLE),
				List.of(CTIME_INDEX));
	}

	private static TableSnapshot table(List<ColumnSnapshot> columns, PrimaryKeySnapshot primaryKey,
			List<ForeignKeySnapshot> foreignKeys, List<UniqueConstraintSnapshot> uniqueConstraints,
			List<IndexSnapshot> indexes) {
		return new TableSnapshot("page", columns, primaryKey, foreignKeys, uniqueConstraints, indexes);
	}

	private static SchemaSnapshot schema(TableSnapshot page) {
		return new SchemaSnapshot(List.of(USER, page));
	}

}

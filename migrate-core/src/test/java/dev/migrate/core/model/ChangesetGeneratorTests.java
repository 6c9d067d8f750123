package dev.migrate.core.model;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.model.ModelDifference.ColumnMissing;
import dev.migrate.core.model.ModelDifference.ForeignKeyExtra;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.model.ModelDifference.IndexExtra;
import dev.migrate.core.model.ModelDifference.IndexMissing;
import dev.migrate.core.model.ModelDifference.PrimaryKeyDiffers;
import dev.migrate.core.model.ModelDifference.SequenceExtra;
import dev.migrate.core.model.ModelDifference.SequenceMissing;
import dev.migrate.core.model.ModelDifference.TableExtra;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.model.ModelDifference.UniqueExtra;
import dev.migrate.core.model.ModelDifference.UniqueMissing;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the generator writes for each kind of difference, on hand-made diffs: the important lines, whether the
 * class is a {@code ReversibleChangeset}, what comes out commented with a CONFIRM line, and the warnings. Every
 * source is compiled with all lint warnings as errors, and its class loaded.
 */
class ChangesetGeneratorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T01:30:00Z"), ZoneOffset.UTC);

	@TempDir
	Path folder;

	@Test
	void aNewColumnAndIndexGiveAReversibleChangesetWithTheirCallsChainedOnTheTable() {
		ChangesetSource source = generate("postgresql",
				new ColumnMissing("page", column("summary", "varchar", 200, true, null)),
				new IndexMissing("page", new IndexSnapshot("ix_page_title", List.of("title"), false)));
		assertThat(source.reversible()).isTrue();
		assertThat(source.warnings()).isEmpty();
		assertThat(source.code()).contains("public class V003_AddSummaryToPage implements ReversibleChangeset {")
			.contains("\tpublic void change(Schema schema) {\n\t\tschema.table(\"page\")\n"
					+ "\t\t\t.addColumn(Column.of(\"summary\", Type.varchar(200)))\n"
					+ "\t\t\t.createIndex(Index.on(\"title\").named(\"ix_page_title\"));\n")
			.doesNotContain("public void downgrade")
			.doesNotContain("CONFIRM");
	}

	@Test
	void theIndexOfANewColumnIsDeclaredWithItSoThatTheDerivedDowngradeDropsThemTogether() {
		ChangesetSource source = generate("mysql", new ColumnMissing("page", column("author_id", "bigint", null, true, null)),
				new ForeignKeyMissing("page", new ForeignKeySnapshot(null, List.of("author_id"), "author", List.of("id"),
						"NO ACTION", "NO ACTION")),
				new IndexMissing("page", new IndexSnapshot("IDXq8rj2yoqb3pnmuyjx0o2b6mh5", List.of("author_id"), false)));
		assertThat(source.code()).contains(
				"\t\tschema.table(\"page\").addColumn(Column.of(\"author_id\", Type.BIGINT).references(\"author\", \"id\").indexed());")
			.doesNotContain(".createIndex(");
	}

	@Test
	void theClassJavadocSaysItWasGeneratedFromTheModelWhenAndListsTheDifferences() {
		ColumnMissing missing = new ColumnMissing("page", column("summary", "varchar", 200, true, null));
		ChangesetSource source = generate("postgresql", missing);
		assertThat(source.code()).startsWith("package db.migrate;\n\nimport dev.migrate.core.repository.ReversibleChangeset;\n")
			.contains("/**\n * Version 3: add summary to page.\n")
			.contains(" * <p>Generated from the JPA model on 2026-12-02T01:30:00Z for postgresql")
			.contains(" * <li>table \"page\": column \"summary\" varchar(200) is in the model, not in the database (addColumn)</li>");
	}

	@Test
	void aNewTableIsCreatedWithItsKeysAndIndexesAndLeavesHibernatesMadeUpNamesToTheApi() {
		TableSnapshot tag = new TableSnapshot("tag",
				List.of(column("id", "int8", null, false, null), column("name", "varchar", 50, false, null),
						column("page_id", "int8", null, true, null)),
				new PrimaryKeySnapshot("tag_pkey", List.of("id")),
				List.of(new ForeignKeySnapshot("FKq8rj2yoqb3pnmuyjx0o2b6mh5", List.of("page_id"), "page", List.of("id"),
						"CASCADE", "NO ACTION")),
				List.of(new UniqueConstraintSnapshot("UK2v4rdf0ohm2u3ajkbfcffajb4", List.of("name"))),
				List.of(new IndexSnapshot("ix_tag_page", List.of("page_id"), false)));
		ChangesetSource source = generate("postgresql", new TableMissing(tag));
		assertThat(source.reversible()).isTrue();
		assertThat(source.code()).contains("\t\tschema.createTable(\"tag\",\n"
				+ "\t\t\t\tColumn.of(\"id\", Type.BIGINT).primaryKey(\"tag_pkey\"),\n"
				+ "\t\t\t\tColumn.of(\"name\", Type.varchar(50)).notNull().unique(),\n"
				+ "\t\t\t\tColumn.of(\"page_id\", Type.BIGINT)"
				+ ".references(ForeignKey.to(\"page\", \"id\").onDelete(ForeignKey.Action.CASCADE)).indexed(\"ix_tag_page\"));\n")
			.doesNotContain("FKq8rj")
			.doesNotContain("UK2v4");
	}

	@Test
	void aNewTablesIntegerKeyComesWithANoteOnIdentityWhichTheModelDiffCannotTell() {
		TableSnapshot tag = new TableSnapshot("tag", List.of(column("id", "bigint", null, false, null)),
				new PrimaryKeySnapshot(null, List.of("id")), List.of(), List.of(), List.of());
		assertThat(generate("postgresql", new TableMissing(tag)).code()).containsSubsequence(
				"\t\t// NOTE: if the id is generated by the database (@GeneratedValue(strategy = IDENTITY)), declare \"id\"",
				"\t\t// as Type.raw(\"bigint generated by default as identity\"): the model diff cannot tell.\n",
				"\t\tschema.createTable(\"tag\",");
		ChangesetSource mysql = generate("mysql", new TableMissing(tag));
		assertThat(mysql.code()).contains("Type.raw(\"bigint auto_increment\")");
		assertThat(mysql.warnings()).singleElement().asString().contains("make \"id\" an identity column in V003_AddSummaryToPage");
	}

	@Test
	void aPossibleRenamePairsTheDroppedColumnWithAnAddedOneOfTheSameType() {
		ChangesetSource source = generate("postgresql", new ColumnMissing("post", column("price", "numeric", 10, 2, true, null)),
				new ColumnMissing("post", column("content", "varchar", 4000, true, null)),
				new ColumnExtra("post", column("body", "varchar", 4000, true, null)));
		assertThat(source.code()).contains("// schema.table(\"post\").renameColumn(\"body\", \"content\");");
	}

	@Test
	void newTablesAreCreatedAfterTheNewTablesTheyReference() {
		TableSnapshot comment = new TableSnapshot("comment",
				List.of(column("id", "int4", null, false, null), column("post_id", "int4", null, false, null)),
				new PrimaryKeySnapshot(null, List.of("id")),
				List.of(new ForeignKeySnapshot(null, List.of("post_id"), "post", List.of("id"), "NO ACTION", "NO ACTION")),
				List.of(), List.of());
		TableSnapshot post = new TableSnapshot("post", List.of(column("id", "int4", null, false, null)),
				new PrimaryKeySnapshot(null, List.of("id")), List.of(), List.of(), List.of());
		String code = generate("postgresql", new TableMissing(comment), new TableMissing(post)).code();
		assertThat(code.indexOf("createTable(\"post\"")).isLessThan(code.indexOf("createTable(\"comment\""));
		assertThat(code).contains("Column.of(\"post_id\", Type.INTEGER).notNull().references(\"post\", \"id\")");
	}

	@Test
	void newTablesThatReferenceEachOtherGetTheKeyThatClosesTheCycleOnceBothExist() {
		TableSnapshot a = new TableSnapshot("a", List.of(column("id", "int4", null, false, "0"), column("b_id", "int4", null, true, null)),
				new PrimaryKeySnapshot(null, List.of("id")),
				List.of(new ForeignKeySnapshot(null, List.of("b_id"), "b", List.of("id"), "NO ACTION", "NO ACTION")), List.of(),
				List.of());
		TableSnapshot b = new TableSnapshot("b", List.of(column("id", "int4", null, false, "0"), column("a_id", "int4", null, true, null)),
				new PrimaryKeySnapshot(null, List.of("id")),
				List.of(new ForeignKeySnapshot(null, List.of("a_id"), "a", List.of("id"), "NO ACTION", "NO ACTION")), List.of(),
				List.of());
		String code = generate("postgresql", new TableMissing(a), new TableMissing(b)).code();
		assertThat(code).containsSubsequence("createTable(\"b\",", "createTable(\"a\",",
				"Column.of(\"b_id\", Type.INTEGER).references(\"b\", \"id\")",
				"schema.table(\"b\").addConstraint(ForeignKey.on(\"a_id\").references(\"a\", \"id\"));");
	}

	@Test
	void theResultOfGenerateSaysWhatWasWrittenAndWhatToConfirm() {
		ModelDiff diff = new ModelDiff(List.of(new ColumnExtra("page", column("legacy", "int4", null, true, null))));
		GeneratedChangeset written = new GeneratedChangeset(Path.of("src/db/migrate/V003_DropLegacy.java"), 3,
				"V003_DropLegacy", false, List.of("table \"page\": column \"legacy\" ..."), diff);
		assertThat(written.written()).isTrue();
		assertThat(written.describe()).startsWith("Wrote src/db/migrate/V003_DropLegacy.java (version 3, 1 difference, "
				+ "a JavaChangeset with its own downgrade); confirm before it runs:\n  table \"page\"");
		GeneratedChangeset nothing = new GeneratedChangeset(null, 3, null, true, List.of(), new ModelDiff(List.of()));
		assertThat(nothing.written()).isFalse();
		assertThat(nothing.describe()).isEqualTo("The database is what the JPA model maps: no changeset was written");
	}

	@Test
	void aDroppedColumnIsCommentedOutWithWhatItLosesAndTheDowngradeAddsItBackAsTheDatabaseHadIt() {
		ChangesetSource source = generate("postgresql",
				new ColumnExtra("page", column("legacy", "varchar", 20, false, "'none'::character varying")));
		assertThat(source.reversible()).isFalse();
		assertThat(source.code()).contains("public class V003_AddSummaryToPage implements JavaChangeset {")
			.contains("\t\t// CONFIRM: drops column \"page\".\"legacy\" and its values; no field maps it.\n"
					+ "\t\t// schema.table(\"page\").dropColumn(\"legacy\");\n")
			.contains("\t\t// schema.table(\"page\").addColumn(Column.of(\"legacy\", Type.varchar(20)).notNull().defaultValue(\"none\"));");
		assertThat(source.warnings()).singleElement()
			.asString()
			.contains("column \"legacy\" is not in the model", "loses its values", "commented out in V003_AddSummaryToPage");
	}

	@Test
	void aColumnDroppedBesideOneAddedInTheSameTableIsAPossibleRenameThatNoToolCanTell() {
		ChangesetSource source = generate("postgresql", new ColumnMissing("page", column("headline", "varchar", 200, true, null)),
				new ColumnExtra("page", column("title", "varchar", 200, true, null)));
		assertThat(source.code()).contains("\t\tschema.table(\"page\").addColumn(Column.of(\"headline\", Type.varchar(200)));")
			.contains("\t\t// schema.table(\"page\").dropColumn(\"title\");")
			.contains("// POSSIBLE RENAME: \"title\" may have been renamed to \"headline\".")
			.contains("\t\t// schema.table(\"page\").renameColumn(\"title\", \"headline\");")
			.contains("\t\t// schema.table(\"page\").renameColumn(\"headline\", \"title\");");
		assertThat(source.warnings()).hasSize(2)
			.last()
			.asString()
			.contains("\"title\" may have been renamed to \"headline\"", "No tool can tell a rename", "Alembic");
	}

	@Test
	void aWiderTypeIsAlteredAndANarrowerOneIsCommentedOutWithWhatItLoses() {
		ChangesetSource source = generate("postgresql",
				new ColumnDiffers("page", column("title", "varchar", 300, false, null),
						column("title", "varchar", 200, false, null), true, false, false),
				new ColumnDiffers("page", column("code", "varchar", 10, false, null), column("code", "text", null, false, null),
						true, false, false),
				new ColumnDiffers("page", column("hits", "int4", null, false, null), column("hits", "int8", null, false, null),
						true, false, false),
				new ColumnDiffers("page", column("price", "numeric", 10, 1, false, null),
						column("price", "numeric", 10, 2, false, null), true, false, false),
				new ColumnDiffers("page", column("rank", "int8", null, false, null), column("rank", "int4", null, false, null),
						true, false, false));
		assertThat(source.reversible()).isTrue();
		assertThat(source.code()).contains("\t\tschema.table(\"page\").alterColumn(\"title\", (column) -> column.type(Type.varchar(300)));")
			.contains("\t\t// CONFIRM: text to varchar(10): text longer than 10 characters is refused or cut.\n"
					+ "\t\t// schema.table(\"page\").alterColumn(\"code\", (column) -> column.type(Type.varchar(10)));")
			.contains("\t\t// CONFIRM: bigint to integer: numbers beyond the range of integer are refused.\n")
			.contains("\t\t// CONFIRM: decimal(10,2) to decimal(10,1): digits beyond 1 after the point are rounded off.\n")
			.contains("alterColumn(\"rank\", (column) -> column.type(Type.BIGINT))");
		assertThat(source.warnings()).hasSize(3).allMatch((warning) -> warning.contains("commented out"));
	}

	@Test
	void nullabilityAndDefaultAreAlteredAndTheDowngradeAltersThemBack() {
		ChangesetSource source = generate("postgresql",
				new ColumnDiffers("page", column("status", "varchar", 20, false, "'draft'::character varying"),
						column("status", "varchar", 20, true, null), false, true, true),
				new ColumnExtra("page", column("legacy", "int4", null, true, null)));
		assertThat(source.code())
			.contains("\t\t// NOTE: fails while rows hold nulls in \"status\"; fill them first.\n"
					+ "\t\tschema.table(\"page\").alterColumn(\"status\", (column) -> column.notNull().defaultValue(\"draft\"));")
			.contains("schema.table(\"page\").alterColumn(\"status\", (column) -> column.nullable().dropDefault());");
		assertThat(source.warnings()).anyMatch((warning) -> warning.contains("\"status\" becomes not null"));
	}

	@Test
	void aForeignKeyOfANewColumnIsDeclaredWithItAndOneOnAColumnThereIsAdded() {
		ChangesetSource source = generate("postgresql",
				new ColumnMissing("page", column("author_id", "int8", null, true, null)),
				new ForeignKeyMissing("page", new ForeignKeySnapshot("FKabcdefghijklmnopqrstuvwxy", List.of("author_id"), "author",
						List.of("id"), "NO ACTION", "NO ACTION")),
				new ForeignKeyMissing("page", new ForeignKeySnapshot("page_editor_fk", List.of("editor_id"), "author",
						List.of("id"), "SET NULL", "NO ACTION")));
		assertThat(source.reversible()).isTrue();
		assertThat(source.code())
			.contains(".addColumn(Column.of(\"author_id\", Type.BIGINT).references(\"author\", \"id\"))")
			.contains(".addConstraint(ForeignKey.on(\"editor_id\").references(\"author\", \"id\")"
					+ ".onDelete(ForeignKey.Action.SET_NULL).named(\"page_editor_fk\"))")
			.containsOnlyOnce("references(\"author\", \"id\")" + ")");
	}

	@Test
	void constraintsAndIndexesTheModelLacksAreDroppedByWhatTheyAreCommentedOutAndTheChangesetStaysReversible() {
		ChangesetSource source = generate("postgresql",
				new ForeignKeyExtra("page", new ForeignKeySnapshot("page_author_id_fkey", List.of("author_id"), "author",
						List.of("id"), "CASCADE", "NO ACTION")),
				new UniqueExtra("page", new UniqueConstraintSnapshot("page_slug_key", List.of("slug"))),
				new IndexExtra("page", new IndexSnapshot("ix_page_title", List.of("title"), false)),
				new UniqueMissing("page", new UniqueConstraintSnapshot("UKabcdefghijklmnopqrstuvwx", List.of("path"))));
		assertThat(source.reversible()).isTrue();
		assertThat(source.code())
			.contains("\t\t// schema.table(\"page\").dropConstraint(ForeignKey.on(\"author_id\").references(\"author\", \"id\")"
					+ ".onDelete(ForeignKey.Action.CASCADE).named(\"page_author_id_fkey\"));")
			.contains("\t\t// schema.table(\"page\").dropConstraint(Unique.on(\"slug\").named(\"page_slug_key\"));")
			.contains("\t\t// schema.table(\"page\").dropIndex(Index.on(\"title\").named(\"ix_page_title\"));")
			.contains("\t\tschema.table(\"page\").addConstraint(Unique.on(\"path\"));")
			.contains("// CONFIRM: drops the foreign key on author_id; no rows are lost");
		assertThat(source.code().indexOf("dropConstraint(ForeignKey")).isLessThan(source.code().indexOf("dropIndex("));
		assertThat(source.warnings()).hasSize(3);
	}

	@Test
	void aDroppedTableIsCommentedOutAndTheDowngradeCreatesItAsTheDatabaseHadIt() {
		TableSnapshot old = new TableSnapshot("old_log",
				List.of(column("id", "int4", null, false, null), column("line", "text", null, true, null)),
				new PrimaryKeySnapshot("old_log_pkey", List.of("id")), List.of(),
				List.of(new UniqueConstraintSnapshot("old_log_line_key", List.of("line"))),
				List.of(new IndexSnapshot("ix_old_log_line", List.of("line"), false)));
		ChangesetSource source = generate("postgresql", new TableExtra(old));
		assertThat(source.reversible()).isFalse();
		assertThat(source.code())
			.contains("\t\t// CONFIRM: drops table \"old_log\" and every row in it; no entity maps it.\n"
					+ "\t\t// schema.dropTable(\"old_log\");")
			.contains("\t\t// schema.createTable(\"old_log\",\n"
					+ "\t\t// \t\tColumn.of(\"id\", Type.INTEGER).notNull(),\n"
					+ "\t\t// \t\tColumn.of(\"line\", Type.TEXT).indexed(\"ix_old_log_line\"),\n"
					+ "\t\t// \t\tPrimaryKey.on(\"id\").named(\"old_log_pkey\"),\n"
					+ "\t\t// \t\tUnique.on(\"line\").named(\"old_log_line_key\"));");
		assertThat(source.warnings()).singleElement().asString().contains("loses every row");
	}

	@Test
	void aPrimaryKeyOfOtherColumnsIsDroppedCommentedOutAndTheNewOneWaitsForIt() {
		ChangesetSource source = generate("postgresql", new PrimaryKeyDiffers("page",
				new PrimaryKeySnapshot(null, List.of("id", "lang")), new PrimaryKeySnapshot("page_pkey", List.of("id"))));
		assertThat(source.code())
			.contains("\t\t// schema.table(\"page\").dropConstraint(PrimaryKey.on(\"id\").named(\"page_pkey\"));")
			.contains("\t\t// schema.table(\"page\").addConstraint(PrimaryKey.on(\"id\", \"lang\"));");
		ChangesetSource missing = generate("postgresql",
				new PrimaryKeyDiffers("page", new PrimaryKeySnapshot(null, List.of("id")), null));
		assertThat(missing.code()).contains("\t\tschema.table(\"page\").addConstraint(PrimaryKey.on(\"id\"));");
		assertThat(missing.reversible()).isTrue();
	}

	@Test
	void aSequenceIsCreatedInTheDialectsSqlAndDroppedByTheDowngrade() {
		ChangesetSource source = generate("postgresql", new SequenceMissing(new ModelSequence("page_seq", 1, 50)),
				new SequenceExtra(new ModelSequence("old_seq", 1, 1)));
		assertThat(source.reversible()).isFalse();
		assertThat(source.code()).contains("\t\tschema.execute(\"CREATE SEQUENCE page_seq START WITH 1 INCREMENT BY 50\");")
			.contains("\t\tschema.execute(\"DROP SEQUENCE page_seq\");")
			.contains("\t\t// schema.execute(\"DROP SEQUENCE old_seq\");")
			.contains("\t\t// schema.execute(\"CREATE SEQUENCE old_seq START WITH 1 INCREMENT BY 1\");");
		String code = source.code();
		int downgrade = code.indexOf("public void downgrade");
		assertThat(code.indexOf("CREATE SEQUENCE page_seq")).isLessThan(downgrade);
		assertThat(code.indexOf("DROP SEQUENCE page_seq")).isGreaterThan(downgrade);
	}

	@Test
	void theDowngradeUndoesTheUpgradeInReverseOrder() {
		ChangesetSource source = generate("postgresql",
				new ColumnMissing("page", column("summary", "varchar", 200, true, null)),
				new IndexMissing("page", new IndexSnapshot("ix_page_title", List.of("title"), false)),
				new SequenceMissing(new ModelSequence("page_seq", 1, 50)));
		String downgrade = source.code().substring(source.code().indexOf("public void downgrade"));
		assertThat(downgrade).containsSubsequence(".dropIndex(Index.on(\"title\").named(\"ix_page_title\"))",
				".dropColumn(\"summary\")", "DROP SEQUENCE page_seq");
	}

	@Test
	void namesAreWrittenInLowerCaseWhereTheDatabaseFoldsThem() {
		ChangesetSource source = generate("h2", new ColumnMissing("PAGE", column("SUMMARY", "character varying", 200, true, null)),
				new ColumnMissing("PAGE", column("BODY", "character varying", 1_000_000_000, true, null)));
		assertThat(source.code()).contains("schema.table(\"page\")")
			.contains(".addColumn(Column.of(\"summary\", Type.varchar(200)))")
			.contains(".addColumn(Column.of(\"body\", Type.TEXT))");
	}

	@Test
	void anEmptyDiffHasNoChangesetToWrite() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ChangesetGenerator("postgresql", CLOCK).generate(new ModelDiff(List.of()), "db.migrate", 3,
					"V003_Nothing", "nothing"))
			.withMessageContaining("there is no changeset to write");
	}

	@Test
	void everyKindAtOnceCompilesAndLoadsAsAJavaChangeset() throws Exception {
		TableSnapshot tag = new TableSnapshot("tag", List.of(column("id", "int8", null, false, null)),
				new PrimaryKeySnapshot(null, List.of("id")), List.of(), List.of(), List.of());
		ChangesetSource source = generate("mysql", new TableMissing(tag), new TableExtra(tag),
				new ColumnMissing("page", column("a", "int", null, true, "0")),
				new ColumnExtra("page", column("b", "datetime", 6, true, "current_timestamp(6)")),
				new ColumnDiffers("page", column("c", "bigint", null, true, null), column("c", "int", null, true, null), true,
						false, false),
				new PrimaryKeyDiffers("page", new PrimaryKeySnapshot(null, List.of("id")), null),
				new ForeignKeyMissing("page", new ForeignKeySnapshot(null, List.of("c"), "tag", List.of("id"), "RESTRICT",
						"CASCADE")),
				new ForeignKeyExtra("page", new ForeignKeySnapshot("fk_d", List.of("d"), "tag", List.of("id"), "NO ACTION",
						"NO ACTION")),
				new UniqueMissing("page", new UniqueConstraintSnapshot(null, List.of("a", "c"))),
				new UniqueExtra("page", new UniqueConstraintSnapshot("uq_e", List.of("e"))),
				new IndexMissing("page", new IndexSnapshot("ix_f", List.of("f"), true)),
				new IndexExtra("page", new IndexSnapshot("ix_g", List.of("g"), false)),
				new SequenceMissing(new ModelSequence("s1", 1, 50)), new SequenceExtra(new ModelSequence("s2", 1, 1)));
		assertThat(source.code()).contains("Column.of(\"b\", Type.TIMESTAMP).defaultNow()")
			.contains("Column.of(\"a\", Type.INTEGER).defaultValue(0)")
			.contains(".onDelete(ForeignKey.Action.RESTRICT).onUpdate(ForeignKey.Action.CASCADE)");
		Class<?> type = JavaSources.compile(this.folder.resolve("src"), this.folder.resolve("classes"), source, "db.migrate")
			.loadClass("db.migrate.V003_AddSummaryToPage");
		assertThat(JavaChangeset.class.isAssignableFrom(type)).isTrue();
		assertThat(ReversibleChangeset.class.isAssignableFrom(type)).isFalse();
	}

	private ChangesetSource generate(String dialect, ModelDifference... differences) {
		ChangesetSource source = new ChangesetGenerator(dialect, CLOCK).generate(new ModelDiff(List.of(differences)),
				"db.migrate", 3, "V003_AddSummaryToPage", "add summary to page");
		JavaSources.compile(this.folder.resolve("src-" + dialect), this.folder.resolve("classes-" + dialect), source,
				"db.migrate");
		return source;
	}

	private static ColumnSnapshot column(String name, String type, Integer size, boolean nullable, String defaultValue) {
		return new ColumnSnapshot(name, type, size, null, nullable, defaultValue);
	}

	private static ColumnSnapshot column(String name, String type, int size, int scale, boolean nullable,
			String defaultValue) {
		return new ColumnSnapshot(name, type, size, scale, nullable, defaultValue);
	}

}

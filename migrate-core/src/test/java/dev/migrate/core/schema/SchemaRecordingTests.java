package dev.migrate.core.schema;

import java.util.List;

import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.MySqlDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.DryRun;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.seed.V001_AddCtimeToPage;
import dev.migrate.core.schema.seed.V002_AddCreatedByToPage;
import dev.migrate.core.schema.seed.V003_DropFoo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The SQL the changeset API writes for each dialect, without a database (a dry run). */
class SchemaRecordingTests {

	private final SchemaEditor postgres = SchemaEditor.recorder(new PostgresDialect().ddl());

	private final SchemaEditor mysql = SchemaEditor.recorder(new MySqlDialect().ddl());

	private final SchemaEditor h2 = SchemaEditor.recorder(new H2Dialect().ddl());

	@Test
	void writesTheSeedExamplesForEachDialect() throws Exception {
		assertThat(DryRun.sql(new V001_AddCtimeToPage(), Direction.UPGRADE, new PostgresDialect()))
			.containsExactly("ALTER TABLE \"page\" ADD COLUMN \"ctime\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL");
		assertThat(DryRun.sql(new V001_AddCtimeToPage(), Direction.UPGRADE, new MySqlDialect()))
			.containsExactly("ALTER TABLE `page` ADD COLUMN `ctime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL");
		assertThat(DryRun.sql(new V001_AddCtimeToPage(), Direction.DOWNGRADE, new H2Dialect()))
			.containsExactly("ALTER TABLE \"PAGE\" DROP COLUMN \"CTIME\"");
		assertThat(DryRun.sql(new V002_AddCreatedByToPage(), Direction.UPGRADE, new PostgresDialect())).containsExactly(
				"ALTER TABLE \"page\" ADD COLUMN \"created_by_id\" INTEGER",
				"CREATE INDEX \"ix_page_created_by_id\" ON \"page\" (\"created_by_id\")",
				"ALTER TABLE \"page\" ADD CONSTRAINT \"page_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") "
						+ "REFERENCES \"user\" (\"id\")");
		assertThat(DryRun.sql(new V003_DropFoo(), Direction.DOWNGRADE, new MySqlDialect())).containsExactly(
				"CREATE TABLE `foo` (`id` INT NOT NULL, `name` VARCHAR(20) NOT NULL, "
						+ "CONSTRAINT `foo_pkey` PRIMARY KEY (`id`))");
	}

	@Test
	void derivesTheDowngradeOfAColumnWithItsForeignKeyAndIndex() {
		this.mysql.table("page").addColumn(Column.of("created_by_id", Type.INTEGER).references("user", "id").indexed());
		assertThat(this.mysql.irreversibleChanges()).isEmpty();
		assertThat(this.mysql.downgradeStatements()).containsExactly(
				"ALTER TABLE `page` DROP FOREIGN KEY `page_created_by_id_fkey`",
				"ALTER TABLE `page` DROP COLUMN `created_by_id`");
	}

	@Test
	void reversesInReverseOrder() {
		Table tag = this.postgres.createTable("tag", Column.of("id", Type.BIGINT).primaryKey(),
				Column.of("label", Type.varchar(40)).notNull().unique());
		tag.createIndex(Index.on("label", "id").named("ix_tag_both")).rename("label");
		assertThat(this.postgres.downgradeStatements()).containsExactly(
				"ALTER TABLE \"label\" RENAME TO \"tag\"", "DROP INDEX \"ix_tag_both\"", "DROP TABLE \"tag\"");
		assertThat(this.postgres.statements()).containsExactly(
				"CREATE TABLE \"tag\" (\"id\" BIGINT NOT NULL, \"label\" VARCHAR(40) NOT NULL, "
						+ "CONSTRAINT \"tag_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"tag_label_key\" UNIQUE (\"label\"))",
				"CREATE INDEX \"ix_tag_both\" ON \"tag\" (\"label\", \"id\")", "ALTER TABLE \"tag\" RENAME TO \"label\"");
	}

	@Test
	void reverseWritesTheUndoingChanges() {
		this.h2.reverse((schema) -> schema.table("page").renameColumn("title", "headline")
			.addConstraint(ForeignKey.on("author_id").references("user", "id").onDelete(ForeignKey.Action.CASCADE)));
		assertThat(this.h2.statements()).containsExactly(
				"ALTER TABLE \"PAGE\" DROP CONSTRAINT \"PAGE_AUTHOR_ID_FKEY\"",
				"ALTER TABLE \"PAGE\" RENAME COLUMN \"HEADLINE\" TO \"TITLE\"");
	}

	@Test
	void namesWhatCannotBeReversedFromWhatItSays() {
		this.postgres.table("page").dropColumn("ctime").dropIndex("ix_page_title").dropForeignKey("page_user_fkey");
		this.postgres.execute("UPDATE page SET title = upper(title)");
		this.postgres.update("DELETE FROM page WHERE id = ?", 3);
		this.postgres.dropTable("foo");
		assertThat(this.postgres.irreversibleChanges()).containsExactly(
				"drop column page.ctime cannot be reversed from what it says",
				"drop index ix_page_title cannot be reversed from what it says",
				"drop foreign key page_user_fkey on page cannot be reversed from what it says",
				"raw SQL cannot be reversed from what it says", "a data update cannot be reversed from what it says",
				"drop table foo cannot be reversed from what it says");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this.postgres::downgradeStatements)
			.withMessageStartingWith("The downgrade cannot be derived: drop column page.ctime cannot be reversed");
	}

	@Test
	void dropsThatSayWhatTheyDropAreReversible() {
		this.postgres.table("page").dropIndex(Index.on("title")).dropConstraint(Unique.on("slug"))
			.dropConstraint(Check.of("length(title) > 0").named("page_title_check"));
		assertThat(this.postgres.downgradeStatements()).containsExactly(
				"ALTER TABLE \"page\" ADD CONSTRAINT \"page_title_check\" CHECK (length(title) > 0)",
				"ALTER TABLE \"page\" ADD CONSTRAINT \"page_slug_key\" UNIQUE (\"slug\")",
				"CREATE INDEX \"ix_page_title\" ON \"page\" (\"title\")");
	}

	@Test
	void altersAColumnBackOnlyFromADefinitionReadWhenItRan() {
		this.postgres.table("page").alterColumn("title", (column) -> column.type(Type.varchar(200)).notNull());
		assertThat(this.postgres.statements()).containsExactly(
				"ALTER TABLE \"page\" ALTER COLUMN \"title\" TYPE VARCHAR(200)",
				"ALTER TABLE \"page\" ALTER COLUMN \"title\" SET NOT NULL");
		assertThat(this.postgres.irreversibleChanges()).isEmpty();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this.postgres::downgradeChanges)
			.withMessageContaining("alter column page.title (type varchar(200), not null) is undone from the column's "
					+ "definition read when it ran");
	}

	@Test
	void mySqlNeedsTheColumnsDefinitionToAlterIt() {
		this.mysql.table("page").alterColumn("title", (column) -> column.nullable());
		assertThatExceptionOfType(NotRenderableException.class).isThrownBy(this.mysql::statements)
			.withMessageContaining("mysql restates the whole column to alter column page.title (null)");
		SchemaEditor defaults = SchemaEditor.recorder(new MySqlDialect().ddl());
		defaults.table("page").alterColumn("title", (column) -> column.defaultValue("it's \\ new"));
		assertThat(defaults.statements())
			.containsExactly("ALTER TABLE `page` ALTER COLUMN `title` SET DEFAULT 'it''s \\\\ new'");
	}

	@Test
	void namesAreCheckedAndQuotedSoNoneCanInjectSql() {
		for (String bad : List.of("page; DROP TABLE user", "page\"", "a b", "", "1page", "x".repeat(64))) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.table(bad))
				.withMessageContaining("is not a valid table name");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Column.of("ctime`", Type.TIMESTAMP));
		assertThatIllegalArgumentException().isThrownBy(() -> Index.on("title").named("ix; --"));
		assertThatIllegalArgumentException().isThrownBy(() -> ForeignKey.on("a").references("user)", "id"));
		assertThatIllegalArgumentException().isThrownBy(() -> Type.raw("int; DROP TABLE page"));
		assertThat(this.postgres.changes()).isEmpty();
		this.postgres.createTable("user", Column.of("order", Type.INTEGER));
		assertThat(this.postgres.statements()).containsExactly("CREATE TABLE \"user\" (\"order\" INTEGER)");
	}

	@Test
	void givesAutomaticNamesInPostgresStyle() {
		this.postgres.table("mytable")
			.addConstraint(PrimaryKey.on("id"))
			.addConstraint(ForeignKey.on("fkey").references("mytable", "id"))
			.addConstraint(Unique.on("fkey", "id"))
			.addConstraint(Check.of("id > 3").on("id"))
			.createIndex(Index.on("fkey").unique());
		assertThat(this.postgres.changes()).extracting(SchemaChange::describe).containsExactly(
				"add primary key mytable_pkey on mytable", "add foreign key mytable_fkey_fkey on mytable",
				"add unique constraint mytable_fkey_id_key on mytable", "add check constraint mytable_id_check on mytable",
				"create unique index ix_mytable_fkey on mytable");
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.table("a".repeat(60)).createIndex(Index.on("b")))
			.withMessageContaining("is longer than 63 characters: give it a name");
	}

	@Test
	void refusesAnUnnamedCheckWithoutColumns() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.h2.table("mytable").addConstraint(Check.of("id > 3")))
			.withMessageContaining("A check constraint without a name needs the columns it checks");
		assertThat(this.h2.changes()).isEmpty();
	}

	@Test
	void aDialectSaysWhatItCannotDo() {
		this.mysql.table("page").addColumn(Column.of("published_at", Type.TIMESTAMP_WITH_TIME_ZONE));
		assertThatExceptionOfType(UnsupportedChangeException.class).isThrownBy(this.mysql::statements)
			.withMessageStartingWith("mysql cannot add column page.published_at: MySQL has no timestamp with time zone")
			.satisfies((ex) -> assertThat(ex.dialect()).isEqualTo("mysql"));
	}

	@Test
	void mapsThePortableTypes() {
		List<Type> types = List.of(Type.SMALLINT, Type.INTEGER, Type.BIGINT, Type.BOOLEAN, Type.varchar(10), Type.TEXT,
				Type.decimal(10, 2), Type.DATE, Type.TIME, Type.TIMESTAMP, Type.UUID, Type.BINARY, Type.JSON,
				Type.raw("double precision"));
		for (SchemaEditor editor : List.of(this.postgres, this.mysql, this.h2)) {
			editor.createTable("t", types.stream().map((type) -> Column.of("c" + types.indexOf(type), type))
				.toArray(TableElement[]::new));
		}
		assertThat(this.postgres.statements().get(0)).isEqualTo("CREATE TABLE \"t\" (\"c0\" SMALLINT, \"c1\" INTEGER, "
				+ "\"c2\" BIGINT, \"c3\" BOOLEAN, \"c4\" VARCHAR(10), \"c5\" TEXT, \"c6\" NUMERIC(10,2), \"c7\" DATE, "
				+ "\"c8\" TIME, \"c9\" TIMESTAMP, \"c10\" UUID, \"c11\" BYTEA, \"c12\" JSONB, \"c13\" double precision)");
		assertThat(this.mysql.statements().get(0)).isEqualTo("CREATE TABLE `t` (`c0` SMALLINT NULL, `c1` INT NULL, "
				+ "`c2` BIGINT NULL, `c3` BOOLEAN NULL, `c4` VARCHAR(10) NULL, `c5` LONGTEXT NULL, `c6` DECIMAL(10,2) NULL, "
				+ "`c7` DATE NULL, `c8` TIME(6) NULL, `c9` DATETIME(6) NULL, `c10` CHAR(36) NULL, `c11` LONGBLOB NULL, "
				+ "`c12` JSON NULL, `c13` double precision NULL)");
		assertThat(this.h2.statements().get(0)).isEqualTo("CREATE TABLE \"T\" (\"C0\" SMALLINT, \"C1\" INTEGER, "
				+ "\"C2\" BIGINT, \"C3\" BOOLEAN, \"C4\" VARCHAR(10), \"C5\" CHARACTER VARYING, \"C6\" NUMERIC(10,2), "
				+ "\"C7\" DATE, \"C8\" TIME(6), \"C9\" TIMESTAMP, \"C10\" UUID, \"C11\" BINARY VARYING, \"C12\" JSON, "
				+ "\"C13\" double precision)");
	}

	@Test
	void writesDataUpdatesWithTheirParametersAsLiterals() {
		this.mysql.update("UPDATE page SET title = ?, hits = ?, draft = ? WHERE title = '?'", "it's", 3, false);
		assertThat(this.mysql.statements())
			.containsExactly("UPDATE page SET title = 'it''s', hits = 3, draft = FALSE WHERE title = '?'");
	}

	@Test
	void aChangesetThatUsesItsConnectionCannotBeWrittenDown() {
		JavaChangeset changeset = new JavaChangeset() {

			@Override
			public void upgrade(ChangesetContext context) {
				context.jdbcTemplate().execute("CREATE TABLE tag (id INTEGER)");
			}

			@Override
			public int version() {
				return 1;
			}

		};
		assertThatExceptionOfType(NotRenderableException.class)
			.isThrownBy(() -> DryRun.sql(changeset, Direction.UPGRADE, new H2Dialect()))
			.withMessageContaining("uses its JdbcTemplate directly cannot be written down");
	}

	@Test
	void aReversibleChangesetRendersItsDerivedDowngrade() throws Exception {
		ReversibleChangeset changeset = new ReversibleChangeset() {

			@Override
			public void change(Schema schema) {
				schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow());
			}

			@Override
			public int version() {
				return 1;
			}

		};
		assertThat(DryRun.sql(changeset, Direction.DOWNGRADE, new PostgresDialect()))
			.containsExactly("ALTER TABLE \"page\" DROP COLUMN \"ctime\"");
	}

}

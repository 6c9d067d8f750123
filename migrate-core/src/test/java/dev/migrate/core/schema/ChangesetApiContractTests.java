package dev.migrate.core.schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.reversible.V001_AddCtimeAndCreatedBy;
import dev.migrate.core.schema.reversible.V002_WidenTitle;
import dev.migrate.core.schema.seed.V001_AddCtimeToPage;
import dev.migrate.core.schema.seed.V002_AddCreatedByToPage;
import dev.migrate.core.schema.seed.V003_DropFoo;
import dev.migrate.core.testing.ScriptFolder;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the changeset API does on every database: the cases of SQLAlchemy-Migrate's changeset suite
 * ({@code test_changeset.py}, {@code test_constraint.py}), and a derived downgrade for every reversible
 * change. One subclass per database; each test gets a schema or database of its own.
 */
public abstract class ChangesetApiContractTests {

	protected TestDatabase database;

	protected Connection connection;

	protected SchemaEditor schema;

	/** A fresh database for this test; closing it drops it. */
	protected abstract TestDatabase createDatabase();

	/** The dialect of the test's database. */
	protected Dialect dialect() {
		return Dialects.byName(this.database.dialect());
	}

	/** A name as the database stores it. */
	protected String name(String name) {
		return name;
	}

	/** The name the database reports for a primary key declared with this name. */
	protected String primaryKeyName(String declared) {
		return name(declared);
	}

	/** Whether the database has a timestamp with time zone type (MySQL has none). */
	protected boolean supportsTimestampWithTimeZone() {
		return true;
	}

	/** Whether a unique index is a unique constraint (MySQL and MariaDB make no difference). */
	protected boolean uniqueIndexesAreConstraints() {
		return false;
	}

	@BeforeEach
	void openDatabase() throws SQLException {
		this.database = createDatabase();
		this.connection = this.database.dataSource().getConnection();
		this.schema = editor();
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		this.connection.close();
		this.database.close();
	}

	// Add and drop columns (TestAddDropColumn)

	@Test
	void addsAndDropsAColumnByEveryEntryPoint() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		Column data = Column.of("data", Type.varchar(40));
		table.addColumn(data);
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"), name("data"));
		assertThat(column("tmp_adddropcol", "data").size()).isEqualTo(40);
		table.dropColumn("data");
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"));
		this.schema.table("tmp_adddropcol").addColumn(data);
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"), name("data"));
		this.schema.reverse((schema) -> schema.table("tmp_adddropcol").addColumn(data));
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"));
		SchemaEditor adding = editor();
		adding.table("tmp_adddropcol").addColumn(data);
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"), name("data"));
		run(adding.downgradeStatements());
		assertThat(columns("tmp_adddropcol")).containsExactly(name("id"));
	}

	@Test
	void addsAColumnWithANamedForeignKey() throws SQLException {
		this.schema.createTable("tmp_ref", Column.of("id", Type.INTEGER).primaryKey());
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		table.addColumn(Column.of("data", Type.INTEGER).references(ForeignKey.to("tmp_ref", "id").named("fk_data")));
		assertThat(table("tmp_adddropcol").foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).isEqualTo(name("fk_data"));
			assertThat(key.columns()).containsExactly(name("data"));
			assertThat(key.referencedTable()).isEqualTo(name("tmp_ref"));
			assertThat(key.referencedColumns()).containsExactly(name("id"));
		});
		sql("insert into tmp_ref (id) values (1)", "insert into tmp_adddropcol (id, data) values (1, 1)");
		assertRejected("insert into tmp_adddropcol (id, data) values (2, 2)");
		table.dropColumn("data");
		assertThat(table("tmp_adddropcol").foreignKeys()).isEmpty();
		assertThat(table("tmp_adddropcol").indexes()).isEmpty();
	}

	@Test
	void addsAColumnWithAPrimaryKey() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		table.addColumn(Column.of("data", Type.INTEGER).primaryKey("data_pkey"));
		assertThat(table("tmp_adddropcol").primaryKey())
			.isEqualTo(new PrimaryKeySnapshot(primaryKeyName("data_pkey"), List.of(name("data"))));
		sql("insert into tmp_adddropcol (id, data) values (1, 4)");
		assertRejected("insert into tmp_adddropcol (id, data) values (2, 4)");
		table.dropColumn("data");
		assertThat(table("tmp_adddropcol").primaryKey()).isNull();
	}

	@Test
	void addsAColumnWithACheckConstraint() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		table.addColumn(Column.of("data", Type.INTEGER).check("data > 4"));
		assertThat(table("tmp_adddropcol").checkConstraints()).extracting(CheckConstraintSnapshot::name)
			.contains(name("tmp_adddropcol_data_check"));
		sql("insert into tmp_adddropcol (id, data) values (1, 5)");
		assertRejected("insert into tmp_adddropcol (id, data) values (2, 3)");
		table.dropColumn("data");
		assertThat(table("tmp_adddropcol").checkConstraints()).extracting(CheckConstraintSnapshot::name)
			.doesNotContain(name("tmp_adddropcol_data_check"));
	}

	@Test
	void addsAColumnWithAUniqueConstraint() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		table.addColumn(Column.of("data", Type.INTEGER).unique("data_unique"));
		assertThat(table("tmp_adddropcol").uniqueConstraints())
			.contains(new UniqueConstraintSnapshot(name("data_unique"), List.of(name("data"))));
		sql("insert into tmp_adddropcol (id, data) values (1, 5)");
		assertRejected("insert into tmp_adddropcol (id, data) values (2, 5)");
		table.dropColumn("data");
		assertThat(table("tmp_adddropcol").uniqueConstraints())
			.containsExactly(new UniqueConstraintSnapshot(name("tmp_adddropcol_id_key"), List.of(name("id"))));
	}

	@Test
	void addsAColumnWithAnIndexAndWithAUniqueIndex() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		table.addColumn(Column.of("data", Type.INTEGER).indexed("ix_data"));
		assertThat(table("tmp_adddropcol").indexes())
			.containsExactly(new IndexSnapshot(name("ix_data"), List.of(name("data")), false));
		table.dropColumn("data");
		assertThat(table("tmp_adddropcol").indexes()).isEmpty();
		table.addColumn(Column.of("data", Type.INTEGER)).createIndex(Index.on("data").named("ix_data").unique());
		if (uniqueIndexesAreConstraints()) {
			assertThat(table("tmp_adddropcol").uniqueConstraints())
				.contains(new UniqueConstraintSnapshot(name("ix_data"), List.of(name("data"))));
		}
		else {
			assertThat(table("tmp_adddropcol").indexes())
				.containsExactly(new IndexSnapshot(name("ix_data"), List.of(name("data")), true));
		}
		sql("insert into tmp_adddropcol (id, data) values (1, 5)");
		assertRejected("insert into tmp_adddropcol (id, data) values (2, 5)");
	}

	@Test
	void fillsNewAndExistingRowsWithAServerDefault() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).unique());
		sql("insert into tmp_adddropcol (id) values (1)");
		table.addColumn(Column.of("data", Type.varchar(244)).defaultValue("foobar"));
		sql("insert into tmp_adddropcol (id) values (10)");
		assertThat(query("select data from tmp_adddropcol order by id")).containsExactly("foobar", "foobar");
	}

	@Test
	void droppingAColumnKeepsTheOtherIndexes() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("d1", Type.varchar(10)).indexed(), Column.of("d2", Type.varchar(10)).indexed());
		assertThat(table("tmp_adddropcol").indexes()).extracting(IndexSnapshot::name)
			.containsExactly(name("ix_tmp_adddropcol_d1"), name("ix_tmp_adddropcol_d2"));
		table.dropColumn("d2");
		assertThat(table("tmp_adddropcol").indexes()).extracting(IndexSnapshot::name)
			.containsExactly(name("ix_tmp_adddropcol_d1"));
	}

	@Test
	void droppingAColumnKeepsTheOtherForeignKeys() throws SQLException {
		this.schema.createTable("tmp_ref", Column.of("id", Type.INTEGER).primaryKey());
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("r1", Type.INTEGER).references("tmp_ref", "id"),
				Column.of("r2", Type.INTEGER).references("tmp_ref", "id"));
		assertThat(table("tmp_adddropcol").foreignKeys()).extracting(ForeignKeySnapshot::columns)
			.containsExactly(List.of(name("r1")), List.of(name("r2")));
		table.dropColumn("r2");
		assertThat(table("tmp_adddropcol").foreignKeys()).extracting(ForeignKeySnapshot::columns)
			.containsExactly(List.of(name("r1")));
	}

	@Test
	void droppingOneColumnOfACompositeForeignKeyDropsTheKey() throws SQLException {
		this.schema.createTable("tmp_ref", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("jd", Type.INTEGER).notNull(), Unique.on("id", "jd"));
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("r1", Type.INTEGER), Column.of("r2", Type.INTEGER),
				ForeignKey.on("r1", "r2").references("tmp_ref", "id", "jd").named("test_fk"));
		assertThat(table("tmp_adddropcol").foreignKeys()).extracting(ForeignKeySnapshot::columns)
			.containsExactly(List.of(name("r1"), name("r2")));
		table.dropColumn("r2");
		TableSnapshot after = table("tmp_adddropcol");
		assertThat(after.foreignKeys()).isEmpty();
		assertThat(after.indexes()).isEmpty();
		assertThat(after.columns()).extracting(ColumnSnapshot::name).containsExactly(name("id"), name("r1"));
	}

	@Test
	void droppingOneColumnOfACompositeIndexDropsTheIndexAndWhatElseItShares() throws SQLException {
		Table table = this.schema.createTable("tmp_adddropcol", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("d1", Type.varchar(10)), Column.of("d2", Type.varchar(10)),
				Column.of("d3", Type.varchar(10)).indexed(), Unique.on("d2", "d3").named("uq_d2_d3"),
				Check.of("d1 <> d2").named("ck_d1_d2"));
		table.createIndex(Index.on("d1", "d2").named("ix_d1_d2"));
		table.dropColumn("d2");
		TableSnapshot after = table("tmp_adddropcol");
		assertThat(after.columns()).extracting(ColumnSnapshot::name).containsExactly(name("id"), name("d1"), name("d3"));
		assertThat(after.indexes()).extracting(IndexSnapshot::name).containsExactly(name("ix_tmp_adddropcol_d3"));
		assertThat(after.uniqueConstraints()).isEmpty();
		assertThat(after.checkConstraints()).isEmpty();
	}

	// Renames (TestRename)

	@Test
	void renamesATableAndAnIndex() throws SQLException {
		this.schema.createTable("name_one", Column.of("col_1", Type.INTEGER)).createIndex(Index.on("col_1").named("xname_one"));
		Table renamed = this.schema.renameTable("name_one", "name_two");
		assertThat(tables()).containsExactly(name("name_two"));
		renamed.renameIndex("xname_one", "xname_two");
		assertThat(table("name_two").indexes()).extracting(IndexSnapshot::name).containsExactly(name("xname_two"));
		renamed.rename("name_one").renameIndex("xname_two", "xname_one");
		assertThat(tables()).containsExactly(name("name_one"));
		assertThat(table("name_one").indexes()).extracting(IndexSnapshot::name).containsExactly(name("xname_one"));
	}

	// Column changes (TestColumnChange: tmp_colchange, data varchar(40) default 'tluafed')

	@Test
	void renamesAColumnAndKeepsItsRows() throws SQLException {
		Table table = colchange();
		sql("insert into tmp_colchange (id, data) values (42, 'fgsfds')");
		table.renameColumn("data", "data2").renameColumn("data2", "atad");
		assertThat(columns("tmp_colchange")).containsExactly(name("id"), name("atad"));
		assertThat(query("select count(*) from tmp_colchange where atad = 'fgsfds'")).containsExactly("1");
		table.alterColumn("atad", (column) -> column.rename("data").type(Type.varchar(40)));
		assertThat(columns("tmp_colchange")).containsExactly(name("id"), name("data"));
		assertThat(query("select count(*) from tmp_colchange where data = 'fgsfds'")).containsExactly("1");
	}

	@Test
	void altersTheType() throws SQLException {
		Table table = colchange();
		table.alterColumn("data", (column) -> column.type(Type.varchar(43)));
		assertThat(column("tmp_colchange", "data").size()).isEqualTo(43);
		assertThat(column("tmp_colchange", "data").defaultValue()).contains("tluafed");
		table.alterColumn("id", (column) -> column.type(Type.varchar(20)));
		ColumnSnapshot id = column("tmp_colchange", "id");
		assertThat(id.size()).isEqualTo(20);
		assertThat(id.nullable()).isFalse();
	}

	@Test
	void altersTheNullabilityBothWays() throws SQLException {
		Table table = colchange();
		table.alterColumn("data", (column) -> column.type(Type.varchar(40)).notNull());
		assertThat(column("tmp_colchange", "data").nullable()).isFalse();
		assertRejected("insert into tmp_colchange (id, data) values (1, null)");
		table.alterColumn("data", (column) -> column.nullable());
		assertThat(column("tmp_colchange", "data").nullable()).isTrue();
		assertThat(column("tmp_colchange", "data").size()).isEqualTo(40);
	}

	@Test
	void setsAndDropsADefault() throws SQLException {
		Table table = colchange();
		table.alterColumn("data", (column) -> column.defaultValue("my_default"));
		assertThat(column("tmp_colchange", "data").defaultValue()).contains("my_default");
		sql("insert into tmp_colchange (id) values (12)");
		table.alterColumn("data", (column) -> column.type(Type.varchar(40)).defaultValue("your_default"));
		assertThat(column("tmp_colchange", "data").defaultValue()).contains("your_default");
		table.alterColumn("data", (column) -> column.dropDefault());
		assertThat(column("tmp_colchange", "data").defaultValue()).isNull();
		sql("insert into tmp_colchange (id) values (11)");
		assertThat(query("select data from tmp_colchange order by id")).containsExactly(null, "my_default");
	}

	@Test
	void altersNameTypeNullabilityAndDefaultInOneCall() throws SQLException {
		Table table = colchange();
		table.alterColumn("data",
				(column) -> column.notNull().defaultValue("foobar").rename("data_new").type(Type.varchar(50)));
		assertThat(columns("tmp_colchange")).containsExactly(name("id"), name("data_new"));
		ColumnSnapshot altered = column("tmp_colchange", "data_new");
		assertThat(altered.size()).isEqualTo(50);
		assertThat(altered.nullable()).isFalse();
		assertThat(altered.defaultValue()).contains("foobar");
		sql("insert into tmp_colchange (id) values (10)");
		assertThat(query("select data_new from tmp_colchange")).containsExactly("foobar");
	}

	// Constraints (TestConstraint, TestAutoname: mytable, id and fkey integer not null)

	@Test
	void createsAndDropsNamedPrimaryKeys() throws SQLException {
		Table table = mytable();
		table.addConstraint(PrimaryKey.on("fkey").named("mytable_pk"));
		assertThat(table("mytable").primaryKey())
			.isEqualTo(new PrimaryKeySnapshot(primaryKeyName("mytable_pk"), List.of(name("fkey"))));
		table.dropPrimaryKey();
		assertThat(table("mytable").primaryKey()).isNull();
		table.addConstraint(PrimaryKey.on("id", "fkey").named("mytable_pk"));
		assertThat(table("mytable").primaryKey())
			.isEqualTo(new PrimaryKeySnapshot(primaryKeyName("mytable_pk"), List.of(name("id"), name("fkey"))));
		table.dropConstraint(PrimaryKey.on("id", "fkey").named("mytable_pk"));
		assertThat(table("mytable").primaryKey()).isNull();
	}

	@Test
	void createsAndDropsANamedForeignKeyWithOnDeleteCascade() throws SQLException {
		Table table = mytable();
		table.addConstraint(PrimaryKey.on("id").named("pkid"));
		table.addConstraint(ForeignKey.on("fkey").references("mytable", "id").named("fk_id_fkey")
			.onDelete(ForeignKey.Action.CASCADE));
		assertThat(table("mytable").foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).isEqualTo(name("fk_id_fkey"));
			assertThat(key.onDelete()).isEqualTo("CASCADE");
		});
		sql("insert into mytable (id, fkey) values (1, 1)", "insert into mytable (id, fkey) values (2, 1)");
		assertRejected("insert into mytable (id, fkey) values (3, 7)");
		sql("delete from mytable where id = 1");
		assertThat(query("select count(*) from mytable")).containsExactly("0");
		table.dropForeignKey("fk_id_fkey");
		assertThat(table("mytable").foreignKeys()).isEmpty();
		assertThat(table("mytable").indexes()).isEmpty();
		sql("insert into mytable (id, fkey) values (3, 7)");
	}

	@Test
	void createsAndDropsANamedCheckConstraint() throws SQLException {
		Table table = mytable();
		table.addConstraint(Check.of("id > 3").named("id_check"));
		assertThat(table("mytable").checkConstraints()).extracting(CheckConstraintSnapshot::name)
			.containsExactly(name("id_check"));
		sql("insert into mytable (id, fkey) values (4, 1)");
		assertRejected("insert into mytable (id, fkey) values (1, 1)");
		table.dropCheck("id_check");
		assertThat(table("mytable").checkConstraints()).isEmpty();
		sql("insert into mytable (id, fkey) values (2, 2)", "insert into mytable (id, fkey) values (1, 2)");
	}

	@Test
	void createsAndDropsANamedUniqueConstraint() throws SQLException {
		Table table = mytable();
		table.addConstraint(Unique.on("fkey").named("uq_fkey"));
		sql("insert into mytable (id, fkey) values (1, 4)");
		assertRejected("insert into mytable (id, fkey) values (2, 4)");
		table.dropUnique("uq_fkey");
		assertThat(table("mytable").uniqueConstraints()).isEmpty();
		sql("insert into mytable (id, fkey) values (2, 4)");
	}

	@Test
	void automaticNamesServeALaterDrop() throws SQLException {
		Table table = mytable();
		table.addConstraint(PrimaryKey.on("id"))
			.addConstraint(ForeignKey.on("fkey").references("mytable", "id"))
			.addConstraint(Check.of("id > 3").on("id"))
			.addConstraint(Unique.on("fkey"));
		TableSnapshot added = table("mytable");
		assertThat(added.primaryKey().name()).isEqualTo(primaryKeyName("mytable_pkey"));
		assertThat(added.foreignKeys()).extracting(ForeignKeySnapshot::name).containsExactly(name("mytable_fkey_fkey"));
		assertThat(added.checkConstraints()).extracting(CheckConstraintSnapshot::name)
			.containsExactly(name("mytable_id_check"));
		assertThat(added.uniqueConstraints()).extracting(UniqueConstraintSnapshot::name)
			.containsExactly(name("mytable_fkey_key"));
		table.dropForeignKey("mytable_fkey_fkey").dropCheck("mytable_id_check").dropUnique("mytable_fkey_key")
			.dropConstraint(PrimaryKey.on("id"));
		TableSnapshot dropped = table("mytable");
		assertThat(dropped.primaryKey()).isNull();
		assertThat(dropped.foreignKeys()).isEmpty();
		assertThat(dropped.checkConstraints()).isEmpty();
		assertThat(dropped.uniqueConstraints()).isEmpty();
		assertThat(dropped.indexes()).isEmpty();
	}

	@Test
	void refusesAnUnnamedCheckWithoutColumns() throws SQLException {
		Table table = mytable();
		assertThatIllegalArgumentException().isThrownBy(() -> table.addConstraint(Check.of("id > 3")))
			.withMessageContaining("A check constraint without a name needs the columns it checks");
		assertThat(table("mytable").checkConstraints()).isEmpty();
	}

	// Derived downgrades

	@Test
	void derivesTheDowngradeOfEveryReversibleChange() throws SQLException {
		this.schema.createTable("tmp_ref", Column.of("id", Type.INTEGER).primaryKey());
		this.schema.createTable("page", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("title", Type.varchar(40)).defaultValue("x"), Column.of("author_id", Type.INTEGER),
				Column.of("summary", Type.varchar(40)).indexed(), Unique.on("author_id", "summary"));
		this.schema.createTable("pkless", Column.of("id", Type.INTEGER), Column.of("code", Type.varchar(10)));
		sql("insert into tmp_ref (id) values (1)", "insert into page (id, title, author_id) values (1, 'a', 1)",
				"insert into pkless (id, code) values (1, 'a')");
		assertUndone((schema) -> schema.createTable("tag", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("label", Type.varchar(20)).notNull().unique().check("label <> ''"),
				Column.of("page_id", Type.INTEGER).references("page", "id").indexed()));
		assertUndone((schema) -> schema.renameTable("page", "article"));
		assertUndone((schema) -> schema.table("page")
			.addColumn(Column.of("created_by_id", Type.INTEGER).references("tmp_ref", "id").indexed()));
		assertUndone((schema) -> schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow()));
		assertUndone((schema) -> schema.table("page").renameColumn("title", "headline"));
		assertUndone((schema) -> schema.table("page").createIndex(Index.on("title", "author_id").unique()));
		assertUndone((schema) -> schema.table("page").createIndex(Index.on("title")).renameIndex("ix_page_title", "ix_page_t"));
		assertUndone((schema) -> schema.table("page").dropIndex(Index.on("summary")));
		assertUndone((schema) -> schema.table("page")
			.addConstraint(ForeignKey.on("author_id").references("tmp_ref", "id").onDelete(ForeignKey.Action.CASCADE)));
		assertUndone((schema) -> schema.table("pkless").addConstraint(ForeignKey.on("id").references("tmp_ref", "id")));
		assertUndone((schema) -> schema.table("page").addConstraint(Unique.on("title")));
		assertUndone((schema) -> schema.table("page").addConstraint(Check.of("author_id > 0").on("author_id")));
		assertUndone((schema) -> schema.table("page").dropConstraint(Unique.on("author_id", "summary")));
		assertUndone((schema) -> schema.table("page").dropConstraint(PrimaryKey.on("id")));
		assertUndoneFromWhatWasRead((schema) -> schema.table("page")
			.alterColumn("title", (column) -> column.rename("headline").type(Type.varchar(43)).notNull().defaultValue("none")));
		assertUndoneFromWhatWasRead((schema) -> schema.table("page").alterColumn("summary", (column) -> column.type(Type.TEXT)));
		assertUndoneFromWhatWasRead((schema) -> schema.table("pkless").addConstraint(PrimaryKey.on("id")));
	}

	@Test
	void createsEveryPortableType() throws SQLException {
		List<Type> types = new ArrayList<>(List.of(Type.SMALLINT, Type.INTEGER, Type.BIGINT, Type.BOOLEAN,
				Type.varchar(10), Type.TEXT, Type.decimal(10, 2), Type.DATE, Type.TIME, Type.TIMESTAMP, Type.UUID,
				Type.BINARY, Type.JSON, Type.raw("double precision")));
		if (supportsTimestampWithTimeZone()) {
			types.add(Type.TIMESTAMP_WITH_TIME_ZONE);
		}
		else {
			assertThatExceptionOfType(UnsupportedChangeException.class).isThrownBy(
					() -> this.schema.createTable("zoned", Column.of("at", Type.TIMESTAMP_WITH_TIME_ZONE)))
				.withMessageStartingWith(dialect().name() + " cannot create table zoned: ");
		}
		List<TableElement> columns = new ArrayList<>();
		for (Type type : types) {
			columns.add(Column.of("c" + columns.size(), type));
		}
		this.schema.createTable("every_type", columns.toArray(TableElement[]::new));
		assertThat(columns("every_type")).hasSize(types.size());
		assertThat(column("every_type", "c4").size()).isEqualTo(10);
		assertThat(column("every_type", "c6").typeDeclaration()).endsWith("(10,2)");
		sql("insert into every_type (c0, c3, c4, c5, c6, c9) values (1, true, 'ten chars!', 'any text', 12.34, "
				+ "CURRENT_TIMESTAMP)");
		assertThat(query("select c6 from every_type")).containsExactly("12.34");
		assertThat(tables()).doesNotContain(name("zoned"));
	}

	@Test
	void runsRawSqlAndParameterisedUpdates() throws SQLException {
		Table table = colchange();
		this.schema.execute("insert into tmp_colchange (id, data) values (1, 'one')");
		this.schema.execute("insert into tmp_colchange (id, data) values (2, 'two')");
		assertThat(this.schema.update("update tmp_colchange set data = ? where id > ?", "it's \\ new", 1)).isEqualTo(1);
		assertThat(query("select data from tmp_colchange order by id")).containsExactly("one", "it's \\ new");
		table.dropColumn("data");
		assertThat(this.schema.irreversibleChanges()).containsExactly(
				"raw SQL cannot be reversed from what it says", "raw SQL cannot be reversed from what it says",
				"a data update cannot be reversed from what it says",
				"drop column " + name("tmp_colchange") + "." + name("data") + " cannot be reversed from what it says");
	}

	@Test
	void readsATableDefinitionToBaseAChangeOnIt() throws SQLException {
		this.schema.createTable("page", Column.of("id", Type.INTEGER).primaryKey(), Column.of("title", Type.varchar(100)));
		TableSnapshot page = this.schema.table("page").definition();
		assertThat(page.column(name("ctime"))).isNull();
		this.schema.table("page").addColumn(Column.of("subtitle", Type.of(page.column(name("title")))));
		assertThat(column("page", "subtitle").size()).isEqualTo(100);
		assertThatIllegalArgumentException().isThrownBy(() -> this.schema.table("nope").definition())
			.withMessageContaining("There is no table " + name("nope"));
	}

	@Test
	void namesAreQuotedSoReservedWordsWork() throws SQLException {
		this.schema.createTable("user", Column.of("id", Type.INTEGER).primaryKey(), Column.of("order", Type.INTEGER))
			.addColumn(Column.of("select", Type.varchar(10)).defaultValue("it's"))
			.createIndex(Index.on("order", "select"));
		assertThat(columns("user")).containsExactly(name("id"), name("order"), name("select"));
		assertThat(table("user").indexes()).extracting(IndexSnapshot::name).containsExactly(name("ix_user_order_select"));
	}

	@Test
	void reportsTheStatementTheDatabaseRefused() {
		assertThatExceptionOfType(SchemaChangeException.class)
			.isThrownBy(() -> this.schema.table("nope").addColumn(Column.of("x", Type.INTEGER)))
			.withMessageStartingWith("add column " + name("nope") + "." + name("x") + " failed: ")
			.satisfies((ex) -> assertThat(ex.statement()).contains("ADD COLUMN"));
	}

	// Java changesets on the engine

	@Test
	void runsTheSeedExamplesUpAndDownAndPassesTheRoundTrip(@TempDir Path root) throws SQLException {
		baseline();
		SchemaSnapshot baseline = snapshot(true);
		Migrate migrate = migrate(root, new V001_AddCtimeToPage(), new V002_AddCreatedByToPage(), new V003_DropFoo());
		assertThat(migrate.test().tested()).containsExactly(1, 2, 3);
		TableSnapshot page = table("page");
		assertThat(page.column(name("ctime")).nullable()).isFalse();
		assertThat(query("select count(*) from page where ctime is null")).containsExactly("0");
		assertThat(page.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).isEqualTo(name("page_created_by_id_fkey"));
			assertThat(key.referencedTable()).isEqualTo(name("user"));
		});
		assertThat(page.indexes()).extracting(IndexSnapshot::name).containsExactly(name("ix_page_created_by_id"));
		assertThat(tables()).doesNotContain(name("foo"));
		assertThat(recordedDowngrade(2)).contains("DROP COLUMN");
		assertThat(recordedDowngrade(2).indexOf("DROP FOREIGN KEY") < recordedDowngrade(2).indexOf("DROP COLUMN")
				|| !dialect().name().equals("mysql")).as(recordedDowngrade(2)).isTrue();
		assertThat(recordedDowngrade(3)).startsWith("CREATE TABLE ");
		migrate.downgrade(0);
		assertThat(SchemaDiff.between(baseline, snapshot(true)).differences()).isEmpty();
		assertThat(query("select title from page order by id")).containsExactly("first", "second");
	}

	@Test
	void derivesTheDowngradesOfReversibleChangesets(@TempDir Path root) throws SQLException {
		baseline();
		SchemaSnapshot baseline = snapshot(true);
		Migrate migrate = migrate(root, new V001_AddCtimeAndCreatedBy(), new V002_WidenTitle());
		assertThat(migrate.test().tested()).containsExactly(1, 2);
		assertThat(columns("page")).contains(name("headline"), name("ctime"), name("created_by_id"));
		assertThat(recordedDowngrade(2)).contains(name("headline")).contains(name("title"));
		migrate.downgrade(0);
		assertThat(SchemaDiff.between(baseline, snapshot(true)).differences()).isEmpty();
		// Without a recorded downgrade, a change that says enough is still undone...
		migrate.upgrade(1);
		sql("update migrate_history set downgrade_script = null");
		migrate.downgrade(0);
		assertThat(SchemaDiff.between(baseline, snapshot(true)).differences()).isEmpty();
		// ...but a column is altered back only from the definition read when the upgrade ran.
		migrate.upgrade();
		sql("update migrate_history set downgrade_script = null");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate.downgrade(1))
			.withMessageContaining("The downgrade of version 2 failed")
			.withMessageContaining("is undone from the column's definition read when it ran, and none was recorded");
		assertThat(columns("page")).contains(name("headline"));
	}

	// Helpers

	/** The seed's baseline: user, page with rows, and foo. */
	private void baseline() throws SQLException {
		this.schema.createTable("user", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("login", Type.varchar(30)).notNull().unique());
		this.schema.createTable("page", Column.of("id", Type.INTEGER).primaryKey(), Column.of("title", Type.varchar(100)),
				Column.of("content", Type.TEXT).notNull());
		this.schema.createTable("foo", Column.of("id", Type.INTEGER).primaryKey(), Column.of("name", Type.varchar(20)).notNull());
		sql("insert into page (id, title, content) values (1, 'first', 'a')",
				"insert into page (id, title, content) values (2, 'second', 'b')");
	}

	private Migrate migrate(Path root, JavaChangeset... changesets) {
		return new Migrate(MigrateConfig.builder()
			.dataSource(this.database.dataSource())
			.location(new ScriptFolder(root).location())
			.javaPackage("")
			.javaChangesets(List.of(changesets))
			.baselineOnExistingSchema(true)
			.build());
	}

	private String recordedDowngrade(int version) throws SQLException {
		List<String> scripts = query("select downgrade_script from migrate_history where direction = 'upgrade' "
				+ "and version = " + version + " order by id desc");
		assertThat(scripts).as("recorded downgrades of version " + version).isNotEmpty();
		assertThat(scripts.get(0)).as("the recorded downgrade of version " + version).isNotNull();
		return scripts.get(0);
	}

	/** The schema's snapshot, without the engine's tables when asked. */
	SchemaSnapshot snapshot(boolean withoutEngineTables) throws SQLException {
		return SchemaSnapshot.read(this.connection, this.database.schema(),
				withoutEngineTables ? Set.of("migrate_version", "migrate_history") : Set.of());
	}

	private Table colchange() {
		return this.schema.createTable("tmp_colchange", Column.of("id", Type.INTEGER).primaryKey(),
				Column.of("data", Type.varchar(40)).defaultValue("tluafed"));
	}

	private Table mytable() {
		return this.schema.createTable("mytable", Column.of("id", Type.INTEGER).notNull(),
				Column.of("fkey", Type.INTEGER).notNull());
	}

	/**
	 * A change is undone by the SQL written when it ran (what the engine records), and by the changes
	 * derived from what it says (what a downgrade without a record runs).
	 */
	private void assertUndone(Consumer<Schema> change) throws SQLException {
		SchemaSnapshot before = snapshot();
		undoByTheSqlWrittenWhenItRan(change, before);
		SchemaEditor editor = editor();
		change.accept(editor);
		editor.reverse(change);
		assertThat(SchemaDiff.between(before, snapshot()).differences()).as("undone by reverse()").isEmpty();
	}

	/** A change undone from a definition read when it ran: by the SQL written then only. */
	private void assertUndoneFromWhatWasRead(Consumer<Schema> change) throws SQLException {
		SchemaSnapshot before = snapshot();
		undoByTheSqlWrittenWhenItRan(change, before);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> editor().reverse(change))
			.withMessageContaining("read when it ran");
		assertThat(SchemaDiff.between(before, snapshot()).differences()).isEmpty();
	}

	private void undoByTheSqlWrittenWhenItRan(Consumer<Schema> change, SchemaSnapshot before) throws SQLException {
		SchemaEditor editor = editor();
		change.accept(editor);
		assertThat(SchemaDiff.between(before, snapshot()).differences()).as("changed by %s", editor.changes()).isNotEmpty();
		List<String> downgrade = editor.downgradeStatements();
		run(downgrade);
		assertThat(SchemaDiff.between(before, snapshot()).differences()).as("undone by %s", downgrade).isEmpty();
	}

	protected SchemaEditor editor() throws SQLException {
		return SchemaEditor.live(this.connection, dialect().ddl());
	}

	protected SchemaSnapshot snapshot() throws SQLException {
		return SchemaSnapshot.read(this.connection, this.database.schema(), Set.of());
	}

	protected TableSnapshot table(String table) throws SQLException {
		TableSnapshot snapshot = snapshot().table(name(table));
		assertThat(snapshot).as("table " + name(table)).isNotNull();
		return snapshot;
	}

	protected List<String> tables() throws SQLException {
		return snapshot().tables().stream().map(TableSnapshot::name).toList();
	}

	protected List<String> columns(String table) throws SQLException {
		return table(table).columns().stream().map(ColumnSnapshot::name).toList();
	}

	protected ColumnSnapshot column(String table, String column) throws SQLException {
		ColumnSnapshot snapshot = table(table).column(name(column));
		assertThat(snapshot).as("column " + name(column)).isNotNull();
		return snapshot;
	}

	protected void sql(String... statements) throws SQLException {
		run(List.of(statements));
	}

	protected void run(List<String> statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	void assertRejected(String sql) {
		assertThatExceptionOfType(SQLException.class).as(sql).isThrownBy(() -> sql(sql));
	}

	protected List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

}

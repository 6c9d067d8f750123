package dev.migrate.core.schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link SchemaSnapshot} and {@link SchemaDiff} must do on every database: one subclass per database
 * creates it and overrides the few DDL statements and reported names that differ.
 */
public abstract class SchemaSnapshotContractTests {

	protected TestDatabase database;

	/** A fresh database for this test; closing it drops it. */
	protected abstract TestDatabase createDatabase();

	/** An unquoted identifier as the database stores it. */
	protected String name(String identifier) {
		return identifier;
	}

	/** The type name the driver reports for {@code varchar(n)}. */
	protected abstract String varcharType();

	/** The type name the driver reports for {@code integer}. */
	protected abstract String integerType();

	/** The type name the driver reports for {@code decimal(p,s)}. */
	protected abstract String decimalType();

	/** The name the database reports for a primary key declared with this name. */
	protected String primaryKeyName(String declared) {
		return name(declared);
	}

	/** Whether a unique index is a unique constraint (MySQL and MariaDB make no difference). */
	protected boolean uniqueIndexesAreConstraints() {
		return false;
	}

	/** Changes the type of a nullable column without a default. */
	protected String setDataType(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " set data type " + type;
	}

	/** Makes a column of this type not null. */
	protected String setNotNull(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " set not null";
	}

	protected String dropPrimaryKey(String table, String name) {
		return "alter table " + table + " drop constraint " + name;
	}

	protected String dropForeignKey(String table, String name) {
		return "alter table " + table + " drop constraint " + name;
	}

	protected String dropUniqueConstraint(String table, String name) {
		return "alter table " + table + " drop constraint " + name;
	}

	protected String dropIndex(String table, String name) {
		return "drop index " + name;
	}

	protected String setDefault(String table, String column, String value) {
		return "alter table " + table + " alter column " + column + " set default " + value;
	}

	protected String dropDefault(String table, String column) {
		return "alter table " + table + " alter column " + column + " drop default";
	}

	/** Adds a unique constraint on columns (comma-separated), named, or unnamed when the name is null. */
	protected String addUniqueConstraint(String table, @Nullable String name, String columns) {
		return "alter table " + table + " add " + ((name != null) ? "constraint " + name + " " : "") + "unique (" + columns
				+ ")";
	}

	protected String addForeignKey(String table, String name, String column, String referencedTable,
			String referencedColumn) {
		return "alter table " + table + " add constraint " + name + " foreign key (" + column + ") references "
				+ referencedTable + " (" + referencedColumn + ")";
	}

	/** The names of a table's unique constraints, as the database gave them. */
	protected List<String> uniqueConstraintNames(String table) {
		return new JdbcTemplate(this.database.dataSource()).queryForList(
				"select constraint_name from information_schema.table_constraints where table_schema = ?"
						+ " and table_name = ? and constraint_type = 'UNIQUE'",
				String.class, this.database.schema(), name(table));
	}

	@BeforeEach
	void createSchema() {
		this.database = createDatabase();
		this.database.execute(
				"create table app_user (id integer not null, email varchar(40) not null, score decimal(10,2) default 0,"
						+ " constraint pk_app_user primary key (id), constraint uq_app_user_email unique (email),"
						+ " constraint ck_app_user_score check (score >= 0))",
				"create table page (id integer not null, title varchar(100) default 'untitled' not null,"
						+ " summary varchar(40), price decimal(8,3), created_by_id integer,"
						+ " constraint pk_page primary key (id), constraint fk_page_created_by foreign key"
						+ " (created_by_id) references app_user (id) on delete cascade)",
				"create index ix_page_title on page (title)",
				"create unique index ux_page_summary on page (summary, id)",
				"create view v_page as select id, title from page");
	}

	@AfterEach
	void dropSchema() {
		this.database.close();
	}

	@Test
	void readsTablesButNotViews() throws SQLException {
		assertThat(snapshot().tables()).extracting(TableSnapshot::name).containsExactly(name("app_user"), name("page"));
	}

	@Test
	void readsColumnsInOrderWithTypesSizesNullabilityAndDefaults() throws SQLException {
		TableSnapshot page = snapshot().table(name("page"));
		assertThat(page).isNotNull();
		assertThat(page.columns()).extracting(ColumnSnapshot::name)
			.containsExactly(name("id"), name("title"), name("summary"), name("price"), name("created_by_id"));
		assertThat(page.column(name("id"))).isEqualTo(new ColumnSnapshot(name("id"), integerType(), null, null, false, null));
		ColumnSnapshot title = page.column(name("title"));
		assertThat(title.type()).isEqualTo(varcharType());
		assertThat(title.size()).isEqualTo(100);
		assertThat(title.nullable()).isFalse();
		assertThat(title.defaultValue()).startsWith("'untitled'");
		assertThat(page.column(name("summary")))
			.isEqualTo(new ColumnSnapshot(name("summary"), varcharType(), 40, null, true, null));
		assertThat(page.column(name("price")))
			.isEqualTo(new ColumnSnapshot(name("price"), decimalType(), 8, 3, true, null));
		ColumnSnapshot score = snapshot().table(name("app_user")).column(name("score"));
		assertThat(score.typeDeclaration()).isEqualTo(decimalType() + "(10,2)");
		assertThat(score.defaultValue()).startsWith("0");
	}

	@Test
	void readsKeysConstraintsAndIndexesWithoutTheIndexesBehindConstraints() throws SQLException {
		SchemaSnapshot snapshot = snapshot();
		TableSnapshot user = snapshot.table(name("app_user"));
		TableSnapshot page = snapshot.table(name("page"));
		assertThat(user.primaryKey()).isEqualTo(new PrimaryKeySnapshot(primaryKeyName("pk_app_user"), List.of(name("id"))));
		assertThat(user.uniqueConstraints())
			.containsExactly(new UniqueConstraintSnapshot(name("uq_app_user_email"), List.of(name("email"))));
		assertThat(user.indexes()).isEmpty();
		assertThat(page.primaryKey()).isEqualTo(new PrimaryKeySnapshot(primaryKeyName("pk_page"), List.of(name("id"))));
		assertThat(page.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).isEqualTo(name("fk_page_created_by"));
			assertThat(key.columns()).containsExactly(name("created_by_id"));
			assertThat(key.referencedTable()).isEqualTo(name("app_user"));
			assertThat(key.referencedColumns()).containsExactly(name("id"));
			assertThat(key.onDelete()).isEqualTo("CASCADE");
			assertThat(key.onUpdate()).isIn("NO ACTION", "RESTRICT");
		});
		IndexSnapshot title = new IndexSnapshot(name("ix_page_title"), List.of(name("title")), false);
		List<String> summaryColumns = List.of(name("summary"), name("id"));
		if (uniqueIndexesAreConstraints()) {
			assertThat(page.indexes()).containsExactly(title);
			assertThat(page.uniqueConstraints())
				.containsExactly(new UniqueConstraintSnapshot(name("ux_page_summary"), summaryColumns));
		}
		else {
			assertThat(page.indexes()).containsExactly(title, new IndexSnapshot(name("ux_page_summary"), summaryColumns, true));
			assertThat(page.uniqueConstraints()).isEmpty();
		}
	}

	@Test
	void keepsAnIndexThatAForeignKeyUses() throws SQLException {
		execute("create table tag (id integer not null primary key, page_id integer)",
				"create index ix_tag_page_id on tag (page_id)",
				addForeignKey("tag", "fk_tag_page", "page_id", "page", "id"));
		TableSnapshot tag = snapshot().table(name("tag"));
		assertThat(tag.indexes()).containsExactly(new IndexSnapshot(name("ix_tag_page_id"), List.of(name("page_id")), false));
		assertThat(tag.foreignKeys()).extracting(ForeignKeySnapshot::name).containsExactly(name("fk_tag_page"));
	}

	@Test
	void readsCheckConstraints() throws SQLException {
		assertThat(snapshot().table(name("app_user")).checkConstraints()).singleElement().satisfies((check) -> {
			assertThat(check.name()).isEqualTo(name("ck_app_user_score"));
			assertThat(check.expression().toLowerCase(java.util.Locale.ROOT)).contains("score").contains(">=");
		});
		assertThat(snapshot().table(name("page")).checkConstraints()).isEmpty();
	}

	@Test
	void detectsADroppedCheckConstraint() throws SQLException {
		assertThat(diffAfter("alter table app_user drop constraint ck_app_user_score")).singleElement()
			.asString()
			.startsWith("table \"" + name("app_user") + "\": check constraint \"" + name("ck_app_user_score") + "\" (")
			.endsWith(") was removed");
	}

	@Test
	void readingTwiceGivesEqualSnapshots() throws SQLException {
		SchemaSnapshot first = snapshot();
		SchemaSnapshot second = snapshot();
		assertThat(second).isEqualTo(first);
		assertThat(SchemaDiff.between(first, second).isEmpty()).isTrue();
		assertThat(SchemaDiff.between(first, second).toString()).isEmpty();
	}

	@Test
	void readsTheCurrentSchemaWhenNoneIsNamed() throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection()) {
			assertThat(SchemaSnapshot.read(connection, null, Set.of())).isEqualTo(snapshot());
		}
	}

	@Test
	void leavesOutExcludedTablesWhateverTheirCase() throws SQLException {
		SchemaSnapshot snapshot = snapshot(Set.of("APP_user"));
		assertThat(snapshot.tables()).extracting(TableSnapshot::name).containsExactly(name("page"));
	}

	@Test
	void detectsAnAddedTable() throws SQLException {
		assertThat(diffAfter("create table tag (id integer not null primary key, label varchar(20))"))
			.containsExactly("table \"" + name("tag") + "\" was added");
	}

	@Test
	void detectsADroppedColumn() throws SQLException {
		assertThat(diffAfter("alter table page drop column price"))
			.containsExactly(page() + "column \"" + name("price") + "\" was removed");
	}

	@Test
	void detectsAnAddedColumn() throws SQLException {
		assertThat(diffAfter("alter table page add column ctime timestamp"))
			.containsExactly(page() + "column \"" + name("ctime") + "\" was added");
	}

	@Test
	void detectsALongerVarchar() throws SQLException {
		assertThat(diffAfter(setDataType("page", "summary", "varchar(43)"))).containsExactly(page() + "column \""
				+ name("summary") + "\" changed type " + varcharType() + "(40) -> " + varcharType() + "(43)");
	}

	@Test
	void detectsANullabilityChange() throws SQLException {
		assertThat(diffAfter(setNotNull("page", "summary", "varchar(40)")))
			.containsExactly(page() + "column \"" + name("summary") + "\" nullable true -> false");
	}

	@Test
	void detectsAnAddedDefault() throws SQLException {
		assertThat(diffAfter(setDefault("page", "summary", "'none'"))).singleElement()
			.asString()
			.startsWith(page() + "column \"" + name("summary") + "\" default (none) -> 'none'");
	}

	@Test
	void detectsADroppedDefault() throws SQLException {
		assertThat(diffAfter(dropDefault("page", "title"))).singleElement()
			.asString()
			.startsWith(page() + "column \"" + name("title") + "\" default 'untitled'")
			.endsWith(" -> (none)");
	}

	@Test
	void detectsAnAddedIndex() throws SQLException {
		assertThat(diffAfter("create index ix_page_price on page (price)"))
			.containsExactly(page() + "index \"" + name("ix_page_price") + "\" (" + name("price") + ") was added");
	}

	@Test
	void detectsADroppedIndex() throws SQLException {
		assertThat(diffAfter(dropIndex("page", "ix_page_title")))
			.containsExactly(page() + "index \"" + name("ix_page_title") + "\" (" + name("title") + ") was removed");
	}

	@Test
	void detectsADroppedForeignKey() throws SQLException {
		// MariaDB keeps the index it made for the key, which then shows as an added index.
		assertThat(diffAfter(dropForeignKey("page", "fk_page_created_by"))).anySatisfy((line) -> assertThat(line)
			.startsWith(page() + "foreign key \"" + name("fk_page_created_by") + "\" (" + name("created_by_id")
					+ ") references " + name("app_user") + " (" + name("id") + ") on delete CASCADE on update ")
			.endsWith(" was removed"));
	}

	@Test
	void detectsADroppedUniqueConstraint() throws SQLException {
		assertThat(diffAfter(dropUniqueConstraint("app_user", "uq_app_user_email"))).containsExactly("table \""
				+ name("app_user") + "\": unique constraint \"" + name("uq_app_user_email") + "\" (" + name("email")
				+ ") was removed");
	}

	@Test
	void detectsADroppedPrimaryKey() throws SQLException {
		assertThat(diffAfter(dropPrimaryKey("page", "pk_page"))).containsExactly(
				page() + "primary key \"" + primaryKeyName("pk_page") + "\" (" + name("id") + ") was removed");
	}

	@Test
	void findsNoDifferenceAfterAnUpgradeAndItsDowngrade() throws SQLException {
		assertThat(diffAfter("create table tag (id integer not null primary key, page_id integer,"
				+ " constraint fk_tag_page foreign key (page_id) references page (id))",
				"alter table page add column ctime timestamp", "create index ix_page_ctime on page (ctime)",
				dropUniqueConstraint("app_user", "uq_app_user_email"),
				addUniqueConstraint("app_user", "uq_app_user_email", "email"),
				dropIndex("page", "ix_page_ctime"), "alter table page drop column ctime", "drop table tag"))
			.isEmpty();
	}

	@Test
	void findsNoDifferenceWhenAnUnnamedConstraintIsAddedAgain() throws SQLException {
		execute(addUniqueConstraint("page", null, "title, price"));
		String generated = uniqueConstraintNames("page")
			.stream()
			.filter((each) -> !each.equalsIgnoreCase("ux_page_summary"))
			.findFirst()
			.orElseThrow();
		assertThat(diffAfter(dropUniqueConstraint("page", generated), addUniqueConstraint("page", null, "title, price")))
			.isEmpty();
	}

	@Test
	void writesOneReadableLinePerDifference() throws SQLException {
		SchemaSnapshot before = snapshot();
		SchemaDiff diff = SchemaDiff.between(before, snapshotAfter("alter table page drop column price",
				"create index ix_page_created_by_id on page (created_by_id)"));
		assertThat(diff).hasToString(page() + "column \"" + name("price") + "\" was removed\n" + page() + "index \""
				+ name("ix_page_created_by_id") + "\" (" + name("created_by_id") + ") was added");
	}

	@Test
	void readsViews() throws SQLException {
		SchemaObjectSnapshot view = snapshot().object("view", name("v_page"));
		assertThat(view).isNotNull();
		assertThat(view.definition()).containsIgnoringCase("title").doesNotContain(this.database.schema() + ".");
	}

	@Test
	void detectsAViewCreatedChangedAndDroppedAndFindsNoDifferenceWhenItIsCreatedAgain() throws SQLException {
		assertLifecycle("view \"" + name("v_title") + "\"", List.of("create view v_title as select title from page"),
				List.of(dropView("v_title"), "create view v_title as select title, summary from page"),
				List.of(dropView("v_title")), (lines) -> assertThat(lines).singleElement()
					.asString()
					.startsWith("view \"" + name("v_title") + "\": definition differs\n  was: ")
					.contains("\n  is: ")
					.containsIgnoringCase("summary"));
	}

	@Test
	void keepsTheSpacesInsideAStringLiteralOfAView() throws SQLException {
		this.database.execute("create view v_label as select 'a  b' as label from page");
		assertThat(diffAfter(dropView("v_label"), "create view v_label as select 'a b' as label from page"))
			.singleElement()
			.asString()
			.startsWith("view \"" + name("v_label") + "\": definition differs");
	}

	/** Reads the test's schema by name through a connection whose current schema or database is another. */
	protected void assertSameSnapshotFrom(TestServers.Server server) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
			assertThat(SchemaSnapshot.read(connection, this.database.schema(), Set.of())).isEqualTo(snapshot());
		}
	}

	private String dropView(String name) {
		return "drop view " + name;
	}

	/**
	 * The life of one object: created, it is the one difference ({@code <label> was added}); dropped,
	 * the snapshot equals the one before; created again, it equals the first one (what the database
	 * prints is normalised); changed, the snapshot differs as {@code changed} expects.
	 */
	protected void assertLifecycle(String label, List<String> create, List<String> change, List<String> drop,
			Consumer<List<String>> changed) throws SQLException {
		SchemaSnapshot before = snapshot();
		SchemaSnapshot created = snapshotAfter(create.toArray(String[]::new));
		assertThat(SchemaDiff.between(before, created).differences()).as("created").containsExactly(label + " was added");
		SchemaSnapshot dropped = snapshotAfter(drop.toArray(String[]::new));
		assertThat(SchemaDiff.between(created, dropped).differences()).as("dropped")
			.containsExactly(label + " was removed");
		assertThat(dropped).as("dropped").isEqualTo(before);
		SchemaSnapshot again = snapshotAfter(create.toArray(String[]::new));
		assertThat(SchemaDiff.between(created, again).differences()).as("created again").isEmpty();
		assertThat(again).as("created again").isEqualTo(created);
		if (!change.isEmpty()) {
			List<String> lines = SchemaDiff.between(again, snapshotAfter(change.toArray(String[]::new))).differences();
			changed.accept(lines);
		}
	}

	/** {@link #assertLifecycle(String, List, List, List, Consumer)} where a change makes exactly these lines. */
	protected void assertLifecycle(String label, List<String> create, List<String> change, List<String> drop,
			String... changed) throws SQLException {
		assertLifecycle(label, create, change, drop, (lines) -> assertThat(lines).as("changed").containsExactly(changed));
	}

	private String page() {
		return "table \"" + name("page") + "\": ";
	}

	private List<String> diffAfter(String... sql) throws SQLException {
		SchemaSnapshot before = snapshot();
		return SchemaDiff.between(before, snapshotAfter(sql)).differences();
	}

	protected SchemaSnapshot snapshotAfter(String... sql) throws SQLException {
		execute(sql);
		return snapshot();
	}

	/** Runs the statements of a test, in order, each one after the one before has run. */
	protected void execute(String... sql) {
		this.database.execute(sql);
	}

	protected SchemaSnapshot snapshot() throws SQLException {
		return snapshot(Set.of());
	}

	protected SchemaSnapshot snapshot(Set<String> excludedTables) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection()) {
			return SchemaSnapshot.read(connection, this.database.schema(), excludedTables);
		}
	}

}

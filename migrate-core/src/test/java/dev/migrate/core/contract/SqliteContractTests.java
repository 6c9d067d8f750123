package dev.migrate.core.contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.engine.EngineCase;
import dev.migrate.core.schema.ChangesetApiContractTests;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKey;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.SchemaEditor;
import dev.migrate.core.schema.SchemaSnapshotContractTests;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.Unique;
import dev.migrate.core.schema.UnsupportedChangeException;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.UpgradeMain;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract on SQLite, in a database file of its own in a folder of its own (a schema of Migrate's is a
 * database file beside it), whose connections enforce foreign keys, as the other databases do; and what
 * only SQLite has: a lock of files, trigger bodies, and tables rebuilt for the ALTERs it lacks. Its DDL is
 * transactional, so it runs no dirty protocol.
 */
public class SqliteContractTests extends TransactionalDdlContract {

	@Override
	protected String failingStatement() {
		return "INSERT INTO nope (id) VALUES (1)";
	}

	@Override
	protected String failingStatementError() {
		return "[SQLITE_ERROR] SQL error or missing database (no such table: nope)";
	}


	/** A fresh SQLite database file in a new temporary folder, deleted with the folder. */
	public static TestDatabase database(Class<?> owner) {
		String name = TestDatabase.uniqueName(owner);
		Path folder;
		try {
			folder = Files.createTempDirectory("migrate-" + name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TestDatabase(name, "jdbc:sqlite:" + folder.resolve(name + ".db") + "?foreign_keys=true", "", "",
				"main", "sqlite", (database) -> deleteFolder(folder), new SqliteInventory());
	}

	/** The database file of a test database of {@link #database}. */
	static Path file(TestDatabase database) {
		String path = database.url().substring("jdbc:sqlite:".length());
		return Path.of(path.substring(0, path.indexOf('?')));
	}

	@Override
	protected TestDatabase createDatabase(Class<?> owner) {
		return database(owner);
	}

	/** SQLite takes any type name, NOSUCHTYPE too, except in a STRICT table. */
	@Override
	protected String unknownTypeTable() {
		return "CREATE TABLE broken (id NOSUCHTYPE) STRICT";
	}

	/** SQLite adds no column whose default is the current time: the changeset API rebuilds the table. */
	@Override
	protected String addedCtimePattern() {
		return "(?s)CREATE TABLE \"migrate_rebuild_page\" \\(.*\"ctime\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL.*"
				+ "ALTER TABLE \"migrate_rebuild_page\" RENAME TO \"page\"";
	}

	private static void deleteFolder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the test database's folder " + folder, ex);
		}
	}

	/** SQLite has no information_schema: tables from sqlite_schema, columns from pragma_table_info, schemas as files. */
	private static final class SqliteInventory implements TestDatabase.Inventory {

		@Override
		public List<String> tables(TestDatabase database) {
			return database.query("SELECT LOWER(name) FROM sqlite_schema WHERE type IN ('table', 'view') "
					+ "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1");
		}

		@Override
		public List<String> columns(TestDatabase database, String table) {
			return database.query("SELECT LOWER(name) FROM pragma_table_info('" + table + "') ORDER BY 1");
		}

		/** A schema of Migrate's is a database file beside the test's: the names of the other files, in lower case. */
		@Override
		public List<String> schemas(TestDatabase database, String pattern) {
			Pattern like = like(pattern);
			Path main = file(database);
			try (Stream<Path> files = Files.list(main.getParent())) {
				return files.map((file) -> file.getFileName().toString())
					.filter((file) -> file.endsWith(".db") && !file.equals(main.getFileName().toString()))
					.map((file) -> file.substring(0, file.length() - ".db".length()).toLowerCase(Locale.ROOT))
					.filter((name) -> like.matcher(name).matches())
					.sorted()
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** An SQL LIKE pattern, {@code \} escaping, as a regular expression. */
		private static Pattern like(String pattern) {
			StringBuilder regex = new StringBuilder();
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '\\' && i + 1 < pattern.length()) {
					regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
				}
				else if (c == '%') {
					regex.append(".*");
				}
				else if (c == '_') {
					regex.append('.');
				}
				else {
					regex.append(Pattern.quote(String.valueOf(c)));
				}
			}
			return Pattern.compile(regex.toString());
		}

	}

	/**
	 * The snapshot contract on SQLite, which keeps types as declared and its constraints' names in each
	 * table's SQL. The ALTERs SQLite lacks are made as the changeset API makes them, by a table rebuild.
	 */
	@Nested
	class Snapshot extends SchemaSnapshotContractTests {

		private static final String REBUILD = "-- rebuild ";

		/** The name an unnamed constraint has in the changeset API, which names every constraint. */
		private static final String UNNAMED = "unnamed_in_the_test";

		/** The changes whose rebuilds the test's statements stand for. */
		private final List<Consumer<Schema>> rebuilds = new ArrayList<>();

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
			return "integer";
		}

		@Override
		protected String decimalType() {
			return "decimal";
		}

		@Override
		protected String setDataType(String table, String column, String type) {
			return rebuilt((schema) -> schema.table(table).alterColumn(column, (change) -> change.type(Type.raw(type))));
		}

		@Override
		protected String setDefault(String table, String column, String value) {
			return rebuilt((schema) -> schema.table(table).alterColumn(column, (change) -> change.defaultExpression(value)));
		}

		@Override
		protected String dropDefault(String table, String column) {
			return rebuilt((schema) -> schema.table(table).alterColumn(column, (change) -> change.dropDefault()));
		}

		@Override
		protected String dropPrimaryKey(String table, String name) {
			return rebuilt((schema) -> schema.table(table).dropPrimaryKey());
		}

		@Override
		protected String dropUniqueConstraint(String table, String name) {
			return rebuilt((schema) -> schema.table(table).dropUnique(name));
		}

		@Override
		protected String addUniqueConstraint(String table, @Nullable String name, String columns) {
			return rebuilt((schema) -> schema.table(table)
				.addConstraint(Unique.on(columns.split(",\\s*")).named((name != null) ? name : UNNAMED)));
		}

		@Override
		protected String addForeignKey(String table, String name, String column, String referencedTable,
				String referencedColumn) {
			return rebuilt((schema) -> schema.table(table)
				.addConstraint(ForeignKey.on(column).references(referencedTable, referencedColumn).named(name)));
		}

		/** An unnamed unique constraint is known by the name SQLite gives its index. */
		@Override
		protected List<String> uniqueConstraintNames(String table) {
			return this.database.query("SELECT name FROM pragma_index_list('" + table + "') WHERE origin = 'u'");
		}

		/** A statement that stands for the rebuild of a change, written when it runs, on the table as it is then. */
		private String rebuilt(Consumer<Schema> change) {
			this.rebuilds.add(change);
			return REBUILD + (this.rebuilds.size() - 1);
		}

		@Override
		protected void execute(String... sql) {
			for (String each : sql) {
				if (each.startsWith(REBUILD)) {
					rebuild(this.rebuilds.get(Integer.parseInt(each.substring(REBUILD.length()))));
				}
				else {
					this.database.execute(each);
				}
			}
		}

		/**
		 * Writes the change down as the changeset API would run it and runs that, as the test's setup, outside
		 * a transaction and with foreign keys let alone, for the rebuild of a table that others reference.
		 */
		private void rebuild(Consumer<Schema> change) {
			try (Connection connection = this.database.dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("PRAGMA foreign_keys = OFF");
				SchemaEditor recorder = SchemaEditor.recorder(Dialects.byName("sqlite").ddl(), connection);
				change.accept(recorder);
				for (String each : recorder.statements()) {
					statement.execute(each.replace("CONSTRAINT \"" + UNNAMED + "\" ", ""));
				}
				statement.execute("PRAGMA foreign_keys = ON");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not rebuild for the test: " + ex.getMessage(), ex);
			}
		}

	}

	/** The changeset API on SQLite, whose missing ALTERs rebuild the table. */
	@Nested
	class ChangesetApi extends ChangesetApiContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void aRebuildKeepsTheRowsTheIndexesAndTheTriggersOfTheTable() throws SQLException {
			this.schema.createTable("page", Column.of("id", Type.INTEGER).primaryKey(), Column.of("title", Type.varchar(40)),
					Column.of("summary", Type.varchar(40)).indexed());
			sql("create table log (what text)",
					"create trigger page_added after insert on page begin insert into log values (new.title); end",
					"insert into page (id, title, summary) values (1, 'home', 'a')");
			this.schema.table("page").alterColumn("title", (column) -> column.type(Type.varchar(80)).notNull());
			assertThat(column("page", "title")).isEqualTo(new ColumnSnapshot("title", "varchar", 80, null, false, null));
			assertThat(query("select title || '/' || summary from page")).containsExactly("home/a");
			assertThat(table("page").indexes()).extracting(IndexSnapshot::name).containsExactly("ix_page_summary");
			sql("insert into page (id, title) values (2, 'news')");
			assertThat(query("select what from log order by rowid")).containsExactly("home", "news");
			assertThat(this.schema.statements()).anyMatch((sql) -> sql.startsWith("CREATE TABLE \"migrate_rebuild_page\""));
			assertThat(tables()).doesNotContain("migrate_rebuild_page");
		}

		@Test
		void aTableOthersReferenceIsNotRebuiltWhileForeignKeysAreEnforcedAndTheirRowsStay() throws SQLException {
			this.schema.createTable("app_user", Column.of("id", Type.INTEGER).primaryKey(),
					Column.of("email", Type.varchar(40)));
			sql("create table page (id integer primary key, user_id integer references app_user (id) on delete cascade)",
					"insert into app_user (id, email) values (1, 'a@b')", "insert into page (id, user_id) values (1, 1)");
			assertThatExceptionOfType(UnsupportedChangeException.class)
				.isThrownBy(() -> this.schema.table("app_user").alterColumn("email", (column) -> column.notNull()))
				.withMessageContaining("the foreign keys of page (an ON DELETE CASCADE deletes their rows)")
				.withMessageContaining("migrate on a connection without foreign_keys=true");
			assertThat(query("select count(*) from page")).containsExactly("1");
			try (Connection unenforced = DriverManager.getConnection("jdbc:sqlite:" + file(this.database));
					Statement statement = unenforced.createStatement()) {
				unenforced.setAutoCommit(false);
				SchemaEditor.live(unenforced, dialect().ddl())
					.table("app_user")
					.alterColumn("email", (column) -> column.notNull());
				unenforced.commit();
				assertThat(statement.executeQuery("select count(*) from page").getInt(1)).isEqualTo(1);
			}
			assertThat(column("app_user", "email").nullable()).isFalse();
			assertThat(table("page").foreignKeys()).extracting(ForeignKeySnapshot::referencedTable)
				.containsExactly("app_user");
			assertThat(query("select count(*) from pragma_foreign_key_check")).containsExactly("0");
		}

		@Test
		void aTableThatReferencesItselfIsNotRebuiltWhileForeignKeysAreEnforced() throws SQLException {
			sql("create table node (id integer primary key, parent_id integer references node (id) on delete cascade, "
					+ "label varchar(20))", "insert into node (id, parent_id) values (1, null)",
					"insert into node (id, parent_id) values (2, 1)");
			assertThatExceptionOfType(UnsupportedChangeException.class)
				.isThrownBy(() -> this.schema.table("node").alterColumn("label", (column) -> column.notNull()))
				.withMessageContaining("the foreign keys of node");
			assertThat(query("select count(*) from node")).containsExactly("2");
		}

		@Test
		void aDryRunSaysThatARebuildNeedsTheDatabase() {
			SchemaEditor recorder = SchemaEditor.recorder(dialect().ddl());
			recorder.table("page").alterColumn("title", (column) -> column.notNull());
			assertThatExceptionOfType(NotRenderableException.class).isThrownBy(recorder::statements)
				.withMessage("sqlite rebuilds table page to " + recorder.changes().get(0).describe() + " (it has no ALTER "
						+ "for it), from the table's definition read from the database: run it on the database");
			assertThat(List.of(recorder.dialect())).containsExactly("sqlite");
		}

	}

	/** What the engine does on SQLite alone: a lock of files across processes, trigger bodies, nothing half kept. */
	@Nested
	class OnSqlite extends EngineCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void runsATriggerWhoseBodyHoldsSemicolons() {
			this.folder.tables(1).version(2, "audit", """
					CREATE TABLE audit (what TEXT);
					CREATE TRIGGER t1_audit AFTER INSERT ON t1
					BEGIN
					    INSERT INTO audit VALUES ('one;');
					    INSERT INTO audit VALUES (CASE WHEN NEW.id > 5 THEN 'big' ELSE 'small' END);
					END;
					INSERT INTO t1 (id) VALUES (7);
					""", "DROP TRIGGER t1_audit;\nDROP TABLE audit;\nDELETE FROM t1;");
			migrate().upgrade();
			assertThat(this.database.query("SELECT what FROM audit ORDER BY rowid")).containsExactly("one;", "big");
			assertThat(migrate().testInScratchSchema().tested()).containsExactly(1, 2);
			migrate().downgrade(1);
			assertThat(tables()).doesNotContain("audit");
		}

		/**
		 * The lock holds across processes: while an instance in another JVM holds it, this one times out; once
		 * that instance is killed, its lock is gone (the operating system lets go of a dead process's file locks).
		 */
		@Test
		void theLockHoldsAcrossProcessesAndGoesWithAKilledHolder() throws Exception {
			this.folder.tables(1).version(2, "slow", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
					+ "SELECT COUNT(*) FROM n;", "SELECT 1;");
			migrate().upgrade(1);
			Path file = file(this.database);
			Path lockFile = file.resolveSibling(file.getFileName() + ".migrate-lock");
			Process instance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")),
					"-cp", System.getProperty("java.class.path"), UpgradeMain.class.getName(), this.database.url(),
					this.database.user(), this.database.password(), this.folder.location(), "test_repository")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				for (int attempt = 0; attempt < 300 && !lockedByAnotherProcess(lockFile); attempt++) {
					Thread.sleep(100);
				}
				assertThat(lockedByAnotherProcess(lockFile)).as("the other instance's lock").isTrue();
				assertThatExceptionOfType(LockTimeoutException.class)
					.isThrownBy(() -> new Migrate(config().lockTimeout(Duration.ofMillis(500)).build()).upgrade());
				assertThat(migrate().dbVersion()).isEqualTo(1);
			}
			finally {
				instance.destroyForcibly().waitFor();
			}
			this.folder.version(2, "slow", "SELECT 1;", "SELECT 1;");
			MigrationResult result = new Migrate(config().lockTimeout(Duration.ofSeconds(20)).build()).upgrade();
			assertThat(result.toVersion()).isEqualTo(2);
			assertThat(lockedByAnotherProcess(lockFile)).isFalse();
		}

		/** Whether a process other than this one holds a lock on some byte of the lock file. */
		private static boolean lockedByAnotherProcess(Path lockFile) throws IOException {
			if (!Files.exists(lockFile)) {
				return false;
			}
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false)) {
				return lock == null;
			}
		}

	}

}

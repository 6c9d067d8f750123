package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A renderer that makes one change as several statements from the table as it is, as a database without
 * most forms of ALTER TABLE does (create, copy, drop, rename): here H2's, dropping a column so.
 */
class TableDefinitionsRenderingTests {

	private TestDatabase database;

	private Connection connection;

	@BeforeEach
	void openDatabase() throws SQLException {
		this.database = H2ContractTests.database(getClass());
		this.connection = this.database.dataSource().getConnection();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("CREATE TABLE page (id INTEGER, title VARCHAR(20), body VARCHAR(20))");
			statement.execute("INSERT INTO page VALUES (1, 'first', 'a')");
		}
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		this.connection.close();
		this.database.close();
	}

	@Test
	void aRendererReadsTheTableItRebuildsAndRunsEachOfItsStatements() throws SQLException {
		SchemaEditor editor = SchemaEditor.live(this.connection, new RebuildingRenderer());
		editor.table("page").dropColumn("title");
		assertThat(editor.statements()).containsExactly(
				"CREATE TABLE \"PAGE__NEW\" AS SELECT \"ID\", \"BODY\" FROM \"PAGE\"", "DROP TABLE \"PAGE\"",
				"ALTER TABLE \"PAGE__NEW\" RENAME TO \"PAGE\"");
		assertThat(editor.table("page").definition().columns()).extracting(ColumnSnapshot::name)
			.containsExactly("ID", "BODY");
	}

	@Test
	void aRecordingRendersEachChangeFromTheTableAsItWasBeforeIt() throws SQLException {
		SchemaEditor recorder = SchemaEditor.recorder(new RebuildingRenderer(), this.connection);
		recorder.table("page").dropColumn("title");
		recorder.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
		assertThat(recorder.statements()).containsExactly(
				"CREATE TABLE \"PAGE__NEW\" AS SELECT \"ID\", \"BODY\" FROM \"PAGE\"", "DROP TABLE \"PAGE\"",
				"ALTER TABLE \"PAGE__NEW\" RENAME TO \"PAGE\"", "ALTER TABLE \"PAGE\" ADD COLUMN \"CTIME\" TIMESTAMP");
		assertThat(SchemaEditor.live(this.connection, new RebuildingRenderer()).table("page").definition().columns())
			.extracting(ColumnSnapshot::name).as("the database, as it was").containsExactly("ID", "TITLE", "BODY");
	}

	@Test
	void aTableTheRecordingChangedCannotBeReadToRebuildIt() throws SQLException {
		SchemaEditor recorder = SchemaEditor.recorder(new RebuildingRenderer(), this.connection);
		recorder.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
		assertThatExceptionOfType(NotRenderableException.class)
			.isThrownBy(() -> recorder.table("page").dropColumn("title"))
			.withMessageContaining("The definition of table PAGE is needed after the changes written down before changed it");
	}

	@Test
	void aDerivedDowngradeRebuildsATableFromItAsTheUpgradeLeftItButNotTwice() throws SQLException {
		SchemaEditor once = SchemaEditor.live(this.connection, new RebuildingRenderer());
		once.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
		assertThat(once.downgradeStatements()).containsExactly(
				"CREATE TABLE \"PAGE__NEW\" AS SELECT \"ID\", \"TITLE\", \"BODY\" FROM \"PAGE\"", "DROP TABLE \"PAGE\"",
				"ALTER TABLE \"PAGE__NEW\" RENAME TO \"PAGE\"");
		run(once.downgradeStatements());
		SchemaEditor twice = SchemaEditor.live(this.connection, new RebuildingRenderer());
		twice.table("page").addColumn(Column.of("mtime", Type.TIMESTAMP)).addColumn(Column.of("atime", Type.TIMESTAMP));
		assertThatExceptionOfType(NotRenderableException.class).isThrownBy(twice::downgradeStatements)
			.withMessageContaining("The definition of table PAGE is needed after the changes written down before");
	}

	@Test
	void aDryRunHasNoTableToRebuild() {
		SchemaEditor recorder = SchemaEditor.recorder(new RebuildingRenderer());
		recorder.table("page").dropColumn("title");
		assertThatExceptionOfType(NotRenderableException.class).isThrownBy(recorder::statements)
			.withMessage("Reading the definition of table PAGE needs the database: a dry run for h2 has none");
	}

	private void run(List<String> statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/** H2's renderer, but a column is dropped by rebuilding its table from the definition read. */
	private static final class RebuildingRenderer implements DdlRenderer {

		private final DdlRenderer h2 = new H2Dialect().ddl();

		@Override
		public String dialect() {
			return this.h2.dialect();
		}

		@Override
		public NameCase nameCase() {
			return this.h2.nameCase();
		}

		@Override
		public List<String> render(SchemaChange change, TableDefinitions definitions) {
			if (change instanceof DropColumn drop) {
				TableSnapshot table = definitions.table(drop.table());
				String kept = table.columns().stream().map(ColumnSnapshot::name)
					.filter((column) -> !column.equals(drop.column()))
					.map((column) -> '"' + column + '"')
					.collect(Collectors.joining(", "));
				String rebuilt = '"' + drop.table() + "__NEW\"";
				return List.of("CREATE TABLE " + rebuilt + " AS SELECT " + kept + " FROM \"" + drop.table() + '"',
						"DROP TABLE \"" + drop.table() + '"', "ALTER TABLE " + rebuilt + " RENAME TO \"" + drop.table() + '"');
			}
			return this.h2.render(change, definitions);
		}

	}

}

package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.ExecuteSql;
import dev.migrate.core.schema.SchemaChange.UpdateData;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Schema} of the changeset API: turns what a changeset says into {@link SchemaChange}s and
 * hands them to a sink, which decides what becomes of them.
 *
 * <ul>
 * <li>{@link #live}: runs each change at once on a connection, reading the schema where a change needs
 * it (a column's definition before it is altered, the keys of a column before it is dropped);</li>
 * <li>{@link #recorder(DdlRenderer)}: writes the changes down for one dialect without a database, for a
 * dry run and to check at load time that a changeset's downgrade can be derived;</li>
 * <li>{@link #recorder(DdlRenderer, Connection)}: writes them down, reading definitions from a database
 * that it does not change; reading a table it has changed fails, since the database does not show it.</li>
 * </ul>
 *
 * <p>Each call is undone from the inverses of its changes ({@link SchemaChange#inverse}): create and
 * drop, add and drop, rename and rename back; a column is altered back to the definition read before the
 * change. Drops by name, raw SQL and data updates cannot be undone so. Not thread-safe: one changeset run
 * at a time.
 */
public final class SchemaEditor implements Schema {

	private final DdlRenderer renderer;

	private final DatabaseNames names;

	private final ChangeSink sink;

	private final UndoLog undo = new UndoLog();

	private SchemaEditor(DdlRenderer renderer, NameCase nameCase, ChangeSink sink) {
		this.renderer = Objects.requireNonNull(renderer, "renderer");
		this.names = new DatabaseNames(nameCase);
		this.sink = sink;
	}

	/** Runs the changes on this connection, in whatever transaction it is in. */
	public static SchemaEditor live(Connection connection, DdlRenderer renderer) throws SQLException {
		return new SchemaEditor(renderer, NameCase.of(connection.getMetaData()), new ExecutingSink(connection, renderer));
	}

	/** Writes the changes down for a dialect, without a database. */
	public static SchemaEditor recorder(DdlRenderer renderer) {
		return new SchemaEditor(renderer, renderer.nameCase(), new RecordingSink(renderer, null));
	}

	/** Writes the changes down, reading definitions from a database that it does not change. */
	public static SchemaEditor recorder(DdlRenderer renderer, Connection reader) throws SQLException {
		return new SchemaEditor(renderer, NameCase.of(reader.getMetaData()), new RecordingSink(renderer, reader));
	}

	/**
	 * The SQL run (live), or that would run, so far.
	 * @throws NotRenderableException when a change written down needs a definition no database gave
	 * @throws UnsupportedChangeException when the dialect cannot make a change
	 */
	public List<String> statements() {
		return this.sink.statements();
	}

	/** The changes run or written down so far. */
	public List<SchemaChange> changes() {
		return this.sink.changes();
	}

	/**
	 * Why the changes so far cannot be undone from what they say, one line per change that cannot:
	 * "drop column page.ctime cannot be reversed from what it says"; empty when all can.
	 */
	public List<String> irreversibleChanges() {
		return this.undo.irreversibleChanges();
	}

	/**
	 * The changes that undo those so far, in the order to run them.
	 * @throws IllegalStateException naming each change that cannot be undone
	 */
	public List<SchemaChange> downgradeChanges() {
		return this.undo.downgradeChanges();
	}

	/** The SQL that undoes the changes so far, for the database's dialect. */
	public List<String> downgradeStatements() {
		return this.sink.render(downgradeChanges());
	}

	@Override
	public String dialect() {
		return this.renderer.dialect();
	}

	@Override
	public Table table(String name) {
		return new EditedTable(this, this.names.fold(name, "table"));
	}

	@Override
	public Table createTable(String name, TableElement... elements) {
		String table = this.names.fold(name, "table");
		List<Column> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		List<SchemaChange> indexes = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				columns.add(this.names.definition(column));
				for (Constraint constraint : column.constraints()) {
					constraints.add(this.names.constraint(table, constraint, List.of(column.name())));
				}
				if (column.index() != null) {
					indexes.add(new CreateIndex(table, this.names.index(table, column.index(), column.name())));
				}
			}
			else if (element instanceof Constraint constraint) {
				constraints.add(this.names.constraint(table, constraint, List.of()));
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("The table " + table + " needs at least one column");
		}
		Set<String> keyColumns = new HashSet<>();
		constraints.stream().filter(PrimaryKey.class::isInstance).forEach((key) -> keyColumns.addAll(key.columns()));
		columns.replaceAll((column) -> keyColumns.contains(column.name()) ? column.notNull() : column);
		List<SchemaChange> changes = new ArrayList<>();
		changes.add(new CreateTable(table, columns, constraints));
		changes.addAll(indexes);
		call(changes);
		return new EditedTable(this, table);
	}

	@Override
	public void dropTable(String name) {
		call(List.of(new DropTable(this.names.fold(name, "table"))));
	}

	@Override
	public Table renameTable(String name, String newName) {
		return table(name).rename(newName);
	}

	@Override
	public void execute(String sql) {
		if (sql == null || sql.isBlank()) {
			throw new IllegalArgumentException("There is no SQL to execute");
		}
		call(List.of(new ExecuteSql(sql)));
	}

	@Override
	public int update(String sql, @Nullable Object... parameters) {
		UpdateData update = new UpdateData(sql, Arrays.asList(parameters));
		Reversal reversal = update.inverse(this.sink.definitions());
		int rows = this.sink.apply(update);
		this.undo.add(reversal);
		return rows;
	}

	/** Records {@code change} without a database; makes the inverses; is undone by the changes recorded. */
	@Override
	public void reverse(Consumer<Schema> change) {
		SchemaEditor recording = new SchemaEditor(this.renderer, this.names.nameCase(),
				new RecordingSink(this.renderer, null));
		change.accept(recording);
		apply(recording.downgradeChanges(), new Reversal.By(recording.changes()));
	}

	// What the tables use

	/** Makes the changes of one call, undone by their inverses. */
	void call(List<SchemaChange> changes) {
		apply(changes, UndoLog.of(changes, this.sink.definitions()));
	}

	private void apply(List<SchemaChange> changes, Reversal reversal) {
		for (SchemaChange change : changes) {
			this.sink.apply(change);
		}
		this.undo.add(reversal);
	}

	DatabaseNames names() {
		return this.names;
	}

	/** The tables as they are before the next change. */
	TableDefinitions definitions() {
		return this.sink.definitions();
	}

	/**
	 * Whether a column's definition is read before it is altered: where the change runs, to undo it; where
	 * it is written down, only for a dialect that restates the whole column.
	 */
	boolean readsColumnsBeforeAltering() {
		return this.sink.runs() || this.sink.definitions().restatesColumns();
	}

	@Override
	public String toString() {
		return (this.sink.runs() ? "live " : "recording ") + dialect() + " schema";
	}

}

package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.ColumnState;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.ExecuteSql;
import dev.migrate.core.schema.SchemaChange.RenameColumn;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.SchemaChange.RenameTable;
import dev.migrate.core.schema.SchemaChange.UpdateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Schema} of the changeset API, on a database or writing down only.
 *
 * <ul>
 * <li>{@link #live}: runs each change at once on a connection, reading the schema where a change needs
 * it (a column's definition before it is altered, the keys of a column before it is dropped), and keeps
 * how to undo each change;</li>
 * <li>{@link #recorder(DdlRenderer)}: writes the changes down for one dialect without a database, for a
 * dry run and to check at load time that a changeset's downgrade can be derived;</li>
 * <li>{@link #recorder(DdlRenderer, Connection)}: writes them down, reading definitions from a database
 * that it does not change; reading a table it has changed fails, since the database does not show it.</li>
 * </ul>
 *
 * <p>Each change is undone from what it says: create and drop, add and drop, rename and rename back; a
 * column is altered back to the definition read before the change. Drops by name, raw SQL and data
 * updates cannot be undone so. Not thread-safe: one changeset run at a time.
 */
public final class SchemaEditor implements Schema {

	private static final Logger logger = LoggerFactory.getLogger(SchemaEditor.class);

	private final DdlRenderer renderer;

	private final NameCase nameCase;

	private final @Nullable Connection connection;

	private final boolean executes;

	/** What each call of the API did, to undo. */
	private final List<Reversal> reversals = new ArrayList<>();

	/** The changes run or written down, with what was read filled in. */
	private final List<SchemaChange> changes = new ArrayList<>();

	/** The statements run (live). */
	private final List<String> statements = new ArrayList<>();

	/** The tables a recording has changed: the database no longer shows them as they are. */
	private final Set<String> touched = new HashSet<>();

	private boolean touchedUnknown;

	private SchemaEditor(DdlRenderer renderer, NameCase nameCase, @Nullable Connection connection, boolean executes) {
		this.renderer = Objects.requireNonNull(renderer, "renderer");
		this.nameCase = nameCase;
		this.connection = connection;
		this.executes = executes;
	}

	/** Runs the changes on this connection, in whatever transaction it is in. */
	public static SchemaEditor live(Connection connection, DdlRenderer renderer) throws SQLException {
		return new SchemaEditor(renderer, NameCase.of(connection.getMetaData()), connection, true);
	}

	/** Writes the changes down for a dialect, without a database. */
	public static SchemaEditor recorder(DdlRenderer renderer) {
		return new SchemaEditor(renderer, renderer.nameCase(), null, false);
	}

	/** Writes the changes down, reading definitions from a database that it does not change. */
	public static SchemaEditor recorder(DdlRenderer renderer, Connection reader) throws SQLException {
		return new SchemaEditor(renderer, NameCase.of(reader.getMetaData()), reader, false);
	}

	/**
	 * The SQL run (live), or that would run, so far.
	 * @throws NotRenderableException when a change written down needs a definition no database gave
	 * @throws UnsupportedChangeException when the dialect cannot make a change
	 */
	public List<String> statements() {
		if (this.executes) {
			return List.copyOf(this.statements);
		}
		List<String> all = new ArrayList<>();
		for (SchemaChange change : this.changes) {
			all.addAll(this.renderer.render(change));
		}
		return all;
	}

	/** The changes run or written down so far. */
	public List<SchemaChange> changes() {
		return List.copyOf(this.changes);
	}

	/**
	 * Why the changes so far cannot be undone from what they say, one line per change that cannot:
	 * "drop column page.ctime cannot be reversed from what it says"; empty when all can.
	 */
	public List<String> irreversibleChanges() {
		return this.reversals.stream()
			.filter(Irreversible.class::isInstance)
			.map((reversal) -> ((Irreversible) reversal).reason())
			.toList();
	}

	/**
	 * The changes that undo those so far, in the order to run them.
	 * @throws IllegalStateException naming each change that cannot be undone
	 */
	public List<SchemaChange> downgradeChanges() {
		List<SchemaChange> undo = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Reversal reversal : this.reversals) {
			if (reversal instanceof Inverse inverse) {
				undo.addAll(0, inverse.changes());
			}
			else if (reversal instanceof Irreversible irreversible) {
				problems.add(irreversible.reason());
			}
			else {
				problems.add(((NeedsDefinition) reversal).reason());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The downgrade cannot be derived: " + String.join("; ", problems)
					+ ". Implement downgrade(ChangesetContext)");
		}
		return undo;
	}

	/** The SQL that undoes the changes so far, for the database's dialect. */
	public List<String> downgradeStatements() {
		List<String> sql = new ArrayList<>();
		for (SchemaChange change : downgradeChanges()) {
			sql.addAll(this.renderer.render(change));
		}
		return sql;
	}

	@Override
	public String dialect() {
		return this.renderer.dialect();
	}

	@Override
	public Table table(String name) {
		return new TableHandle(fold(name, "table"));
	}

	@Override
	public Table createTable(String name, TableElement... elements) {
		String table = fold(name, "table");
		List<Column> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		List<SchemaChange> indexes = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				columns.add(definition(column));
				for (Constraint constraint : column.constraints()) {
					constraints.add(constraint(table, constraint, List.of(column.name())));
				}
				if (column.index() != null) {
					indexes.add(new CreateIndex(table, index(table, column.index(), column.name())));
				}
			}
			else {
				constraints.add(constraint(table, (Constraint) element, List.of()));
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("The table " + table + " needs at least one column");
		}
		Set<String> keyColumns = new HashSet<>();
		constraints.stream().filter(PrimaryKey.class::isInstance).forEach((key) -> keyColumns.addAll(key.columns()));
		columns.replaceAll((column) -> keyColumns.contains(column.name()) ? column.notNull() : column);
		List<SchemaChange> forward = new ArrayList<>();
		forward.add(new CreateTable(table, columns, constraints));
		forward.addAll(indexes);
		apply(forward, new Inverse(List.of(new DropTable(table))));
		return new TableHandle(table);
	}

	@Override
	public void dropTable(String name) {
		String table = fold(name, "table");
		apply(List.of(new DropTable(table)), irreversible("drop table " + table));
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
		apply(List.of(new ExecuteSql(sql)), irreversible("raw SQL"));
	}

	@Override
	public int update(String sql, @Nullable Object... parameters) {
		UpdateData update = new UpdateData(sql, java.util.Arrays.asList(parameters));
		if (!this.executes) {
			apply(List.of(update), irreversible("a data update"));
			return 0;
		}
		try (PreparedStatement statement = requireConnection().prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			int rows = statement.executeUpdate();
			logger.debug("{} -- with {}", sql, update.parameters());
			this.statements.add(sql);
			this.changes.add(update);
			this.reversals.add(irreversible("a data update"));
			return rows;
		}
		catch (SQLException ex) {
			throw new SchemaChangeException("data update", sql, ex);
		}
	}

	@Override
	public void reverse(Consumer<Schema> change) {
		SchemaEditor recording = new SchemaEditor(this.renderer, this.nameCase, null, false);
		change.accept(recording);
		List<SchemaChange> undo = recording.downgradeChanges();
		apply(undo, new Inverse(recording.changes()));
	}

	// Running and writing down

	private void apply(List<SchemaChange> forward, Reversal reversal) {
		for (SchemaChange change : forward) {
			run(change);
		}
		this.reversals.add(reversal);
	}

	private void run(SchemaChange change) {
		SchemaChange resolved = resolve(change);
		if (this.executes) {
			for (String sql : this.renderer.render(resolved)) {
				execute(resolved, sql);
			}
		}
		else {
			this.touched.addAll(resolved.tables());
			this.touchedUnknown |= resolved.tables().isEmpty();
		}
		this.changes.add(resolved);
	}

	private void execute(SchemaChange change, String sql) {
		logger.debug("{}", sql);
		try (Statement statement = requireConnection().createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new SchemaChangeException(change.describe(), sql, ex);
		}
		this.statements.add(sql);
	}

	/** Fills in what a change needs from the database, where it can be read. */
	private SchemaChange resolve(SchemaChange change) {
		if (change instanceof AlterColumn alter && alter.current() == null && this.renderer.columnTypeQuery() != null
				&& canRead(alter.table())) {
			return alter.withCurrent(columnState(alter.table(), alter.column()));
		}
		if (change instanceof DropConstraint drop && drop.kind() == Constraint.Kind.FOREIGN_KEY
				&& drop.dropsIndex() == null && this.renderer.keepsForeignKeyIndexes() && canRead(drop.table())) {
			return new DropConstraint(drop.table(), drop.name(), drop.kind(), indexExists(drop.table(), drop.name()));
		}
		return change;
	}

	// Reading the schema

	/**
	 * Whether a table's definition can be read: there is a database, and (in a recording) the table is
	 * as the database shows it.
	 */
	private boolean canRead(String table) {
		if (this.connection == null) {
			return false;
		}
		if (!this.executes && (this.touchedUnknown || this.touched.contains(table))) {
			throw new NotRenderableException("The definition of table " + table + " is needed after the changes "
					+ "written down before changed it, so it cannot be read from the database");
		}
		return true;
	}

	private TableSnapshot existing(String table) {
		try {
			TableSnapshot snapshot = SnapshotReader.readTable(requireConnection(), table);
			if (snapshot == null) {
				throw new IllegalArgumentException("There is no table " + table);
			}
			return snapshot;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the definition of table " + table + ": " + ex.getMessage(), ex);
		}
	}

	private ColumnState columnState(String table, String column) {
		ColumnSnapshot snapshot = column(existing(table), column);
		String type = snapshot.typeDeclaration();
		String query = this.renderer.columnTypeQuery();
		if (query != null) {
			try (PreparedStatement statement = requireConnection().prepareStatement(query)) {
				statement.setString(1, table);
				statement.setString(2, snapshot.name());
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getString(1) != null) {
						type = result.getString(1);
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read the type of " + table + "." + column + ": "
						+ ex.getMessage(), ex);
			}
		}
		return new ColumnState(type, snapshot.nullable(), snapshot.defaultValue());
	}

	private boolean indexExists(String table, String index) {
		try {
			return SnapshotReader.indexExists(requireConnection(), table, index);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the indexes of table " + table + ": " + ex.getMessage(), ex);
		}
	}

	private Connection requireConnection() {
		if (this.connection == null) {
			throw new NotRenderableException("There is no database to read: this is a dry run for " + dialect());
		}
		return this.connection;
	}

	private static ColumnSnapshot column(TableSnapshot table, String column) {
		for (ColumnSnapshot each : table.columns()) {
			if (each.name().equals(column)) {
				return each;
			}
		}
		for (ColumnSnapshot each : table.columns()) {
			if (each.name().equalsIgnoreCase(column)) {
				return each;
			}
		}
		throw new IllegalArgumentException("Table " + table.name() + " has no column " + column);
	}

	// Names

	private String fold(String name, String what) {
		return this.nameCase.apply(Names.check(name, what));
	}

	private List<String> foldAll(List<String> names) {
		return names.stream().map((name) -> fold(name, "column")).toList();
	}

	/** A column's own definition, its name as the database stores it. */
	private Column definition(Column column) {
		return column.definitionOnly(fold(column.name(), "column"));
	}

	/** A constraint on a table, its names as the database stores them, named. */
	private Constraint constraint(String table, Constraint constraint, List<String> declaredOn) {
		List<String> columns = foldAll(constraint.columns().isEmpty() ? declaredOn : constraint.columns());
		Constraint folded = constraint.onColumns(columns);
		if (folded instanceof ForeignKey key) {
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A foreign key of table " + table + " names its columns: "
						+ "ForeignKey.on(columns).references(table, columns)");
			}
			if (columns.size() != key.referencedColumns().size()) {
				throw new IllegalArgumentException("The foreign key " + columns + " of table " + table + " references "
						+ key.referencedColumns().size() + " columns");
			}
			folded = new ForeignKey(key.name(), columns, fold(key.referencedTable(), "table"),
					foldAll(key.referencedColumns()), key.onDelete(), key.onUpdate());
		}
		if (columns.isEmpty() && !(folded instanceof Check)) {
			throw new IllegalArgumentException("A " + folded.kind().words() + " of table " + table + " needs its columns");
		}
		return folded.withName(fold(folded.nameOn(table), "constraint"));
	}

	/** An index on a table, its names as the database stores them, named. */
	private Index index(String table, Index index, @Nullable String declaredOn) {
		List<String> columns = (declaredOn != null) ? List.of(fold(declaredOn, "column")) : foldAll(index.columns());
		Index folded = new Index(index.name(), columns, index.isUnique());
		return new Index(fold(folded.nameOn(table), "index"), columns, index.isUnique());
	}

	private static Irreversible irreversible(String change) {
		return new Irreversible(change + " cannot be reversed from what it says");
	}

	/** Whether an SQL expression mentions a column, quoted or not (a word match: a string literal may fool it). */
	private static boolean mentions(String expression, String column) {
		return Pattern.compile("(?<![A-Za-z0-9_$])[\"`]?" + Pattern.quote(column) + "[\"`]?(?![A-Za-z0-9_$])",
				Pattern.CASE_INSENSITIVE).matcher(expression).find();
	}

	private static boolean contains(List<String> columns, String column) {
		return columns.stream().anyMatch((each) -> each.equalsIgnoreCase(column));
	}

	/** How one call of the API is undone. */
	private sealed interface Reversal permits Inverse, Irreversible, NeedsDefinition {

	}

	/** By these changes. */
	private record Inverse(List<SchemaChange> changes) implements Reversal {

	}

	/** Not from what the call says. */
	private record Irreversible(String reason) implements Reversal {

	}

	/** From a definition read from the database when the call ran, which this recording has not. */
	private record NeedsDefinition(String reason) implements Reversal {

	}

	/** A table of this schema. */
	private final class TableHandle implements Table {

		private final String name;

		TableHandle(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public Table addColumn(Column column) {
			Column definition = SchemaEditor.this.definition(column);
			List<SchemaChange> forward = new ArrayList<>();
			forward.add(new AddColumn(this.name, definition));
			if (column.index() != null) {
				forward.add(new CreateIndex(this.name, index(this.name, column.index(), column.name())));
			}
			List<SchemaChange> undo = new ArrayList<>();
			for (Constraint declared : column.constraints()) {
				Constraint constraint = constraint(this.name, declared, List.of(column.name()));
				forward.add(new AddConstraint(this.name, constraint));
				if (constraint instanceof ForeignKey) {
					// MySQL keeps a key's index until its column goes: the column takes it along.
					undo.add(new DropConstraint(this.name, constraint.name(), Constraint.Kind.FOREIGN_KEY, false));
				}
			}
			undo.add(new DropColumn(this.name, definition.name()));
			apply(forward, new Inverse(undo));
			return this;
		}

		@Override
		public Table dropColumn(String column) {
			String folded = fold(column, "column");
			List<SchemaChange> forward = new ArrayList<>();
			if (canRead(this.name)) {
				TableSnapshot table = existing(this.name);
				folded = column(table, folded).name();
				forward.addAll(dropsWith(table, folded));
			}
			forward.add(new DropColumn(this.name, folded));
			apply(forward, irreversible("drop column " + this.name + "." + folded));
			return this;
		}

		/**
		 * What goes with a column: its foreign keys (dropped first, for MySQL), and the indexes, keys and
		 * checks it shares with other columns (which H2 and MySQL would refuse or shrink, and PostgreSQL drops).
		 */
		private List<SchemaChange> dropsWith(TableSnapshot table, String column) {
			List<SchemaChange> drops = new ArrayList<>();
			for (ForeignKeySnapshot key : table.foreignKeys()) {
				if (key.name() != null && contains(key.columns(), column)) {
					drops.add(new DropConstraint(this.name, key.name(), Constraint.Kind.FOREIGN_KEY, null));
				}
			}
			PrimaryKeySnapshot primaryKey = table.primaryKey();
			if (primaryKey != null && primaryKey.columns().size() > 1 && contains(primaryKey.columns(), column)) {
				String keyName = (primaryKey.name() != null) ? primaryKey.name()
						: fold(Names.constraint(this.name, List.of(), "pkey"), "constraint");
				drops.add(new DropConstraint(this.name, keyName, Constraint.Kind.PRIMARY_KEY, null));
			}
			for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
				if (unique.name() != null && unique.columns().size() > 1 && contains(unique.columns(), column)) {
					drops.add(new DropConstraint(this.name, unique.name(), Constraint.Kind.UNIQUE, null));
				}
			}
			for (IndexSnapshot index : table.indexes()) {
				if (index.columns().size() > 1 && contains(index.columns(), column)) {
					drops.add(new DropIndex(this.name, index.name()));
				}
			}
			for (CheckConstraintSnapshot check : table.checkConstraints()) {
				if (check.name() != null && mentions(check.expression(), column)) {
					drops.add(new DropConstraint(this.name, check.name(), Constraint.Kind.CHECK, null));
				}
			}
			return drops;
		}

		@Override
		public Table renameColumn(String column, String newName) {
			String from = fold(column, "column");
			String to = fold(newName, "column");
			apply(List.of(new RenameColumn(this.name, from, to)), new Inverse(List.of(new RenameColumn(this.name, to, from))));
			return this;
		}

		@Override
		public Table alterColumn(String column, Consumer<ColumnChange> change) {
			String folded = fold(column, "column");
			ColumnChange wanted = new ColumnChange();
			change.accept(wanted);
			String newName = (wanted.wantedName() != null) ? fold(wanted.wantedName(), "column") : null;
			boolean altered = wanted.wantedType() != null || wanted.wantedNullable() != null || wanted.changesDefault();
			if (!altered && newName == null) {
				throw new IllegalArgumentException("alterColumn(" + this.name + "." + folded + ") changes nothing");
			}
			List<SchemaChange> forward = new ArrayList<>();
			List<SchemaChange> undo = new ArrayList<>();
			Reversal reversal = null;
			if (newName != null) {
				undo.add(new RenameColumn(this.name, newName, folded));
			}
			if (altered) {
				boolean read = SchemaEditor.this.executes || SchemaEditor.this.renderer.columnTypeQuery() != null;
				ColumnState current = (read && canRead(this.name)) ? columnState(this.name, folded) : null;
				AlterColumn alter = new AlterColumn(this.name, folded, wanted.wantedType(), wanted.wantedNullable(),
						wanted.changesDefault(), wanted.wantedDefault(), current);
				forward.add(alter);
				if (current != null) {
					undo.add(back(alter, current));
				}
				else {
					reversal = new NeedsDefinition(alter.describe() + " is undone from the column's definition read when "
							+ "it ran, and none was recorded (did the upgrade run on this database?)");
				}
			}
			if (newName != null) {
				forward.add(new RenameColumn(this.name, folded, newName));
			}
			apply(forward, (reversal != null) ? reversal : new Inverse(undo));
			return this;
		}

		/** Alters a column back to its definition before {@code alter}, in what {@code alter} changes. */
		private AlterColumn back(AlterColumn alter, ColumnState current) {
			String defaultExpression = current.defaultExpression();
			return new AlterColumn(this.name, alter.column(), (alter.type() != null) ? Type.raw(current.type()) : null,
					(alter.nullable() != null) ? current.nullable() : null, alter.changesDefault(),
					(alter.changesDefault() && defaultExpression != null) ? ColumnDefault.expression(defaultExpression) : null,
					current);
		}

		@Override
		public Table createIndex(Index index) {
			Index named = index(this.name, index, null);
			apply(List.of(new CreateIndex(this.name, named)),
					new Inverse(List.of(new DropIndex(this.name, named.name()))));
			return this;
		}

		@Override
		public Table dropIndex(String name) {
			String index = fold(name, "index");
			apply(List.of(new DropIndex(this.name, index)), irreversible("drop index " + index));
			return this;
		}

		@Override
		public Table dropIndex(Index index) {
			Index named = index(this.name, index, null);
			apply(List.of(new DropIndex(this.name, named.name())), new Inverse(List.of(new CreateIndex(this.name, named))));
			return this;
		}

		@Override
		public Table renameIndex(String name, String newName) {
			String from = fold(name, "index");
			String to = fold(newName, "index");
			apply(List.of(new RenameIndex(this.name, from, to)), new Inverse(List.of(new RenameIndex(this.name, to, from))));
			return this;
		}

		@Override
		public Table addConstraint(Constraint declared) {
			Constraint constraint = constraint(this.name, declared, List.of());
			if (constraint instanceof PrimaryKey key) {
				return addPrimaryKey(key);
			}
			run(new AddConstraint(this.name, constraint));
			Boolean dropsIndex = null;
			if (constraint instanceof ForeignKey && SchemaEditor.this.executes
					&& SchemaEditor.this.renderer.keepsForeignKeyIndexes()) {
				dropsIndex = indexExists(this.name, constraint.name());
			}
			SchemaEditor.this.reversals.add(new Inverse(
					List.of(new DropConstraint(this.name, constraint.name(), constraint.kind(), dropsIndex))));
			return this;
		}

		/** H2 wants a key's columns NOT NULL first (the others make them so): undone with the key. */
		private Table addPrimaryKey(PrimaryKey key) {
			List<SchemaChange> forward = new ArrayList<>();
			List<SchemaChange> undo = new ArrayList<>();
			undo.add(new DropConstraint(this.name, key.name(), Constraint.Kind.PRIMARY_KEY, null));
			Reversal reversal = null;
			if (canRead(this.name)) {
				for (String column : key.columns()) {
					ColumnState current = columnState(this.name, column);
					if (current.nullable()) {
						AlterColumn notNull = new AlterColumn(this.name, column, null, false, false, null, current);
						forward.add(notNull);
						undo.add(back(notNull, current));
					}
				}
			}
			else {
				reversal = new NeedsDefinition("add primary key " + key.name() + " on " + this.name + " may make its "
						+ "columns NOT NULL, which is undone from their definitions read when it ran, and none was recorded");
			}
			forward.add(new AddConstraint(this.name, key));
			apply(forward, (reversal != null) ? reversal : new Inverse(undo));
			return this;
		}

		@Override
		public Table dropConstraint(Constraint declared) {
			Constraint constraint = constraint(this.name, declared, List.of());
			apply(List.of(new DropConstraint(this.name, constraint.name(), constraint.kind(), null)),
					new Inverse(List.of(new AddConstraint(this.name, constraint))));
			return this;
		}

		@Override
		public Table dropPrimaryKey() {
			String keyName = fold(Names.constraint(this.name, List.of(), "pkey"), "constraint");
			if (canRead(this.name)) {
				PrimaryKeySnapshot key = existing(this.name).primaryKey();
				if (key == null) {
					throw new IllegalArgumentException("Table " + this.name + " has no primary key to drop");
				}
				keyName = (key.name() != null) ? key.name() : keyName;
			}
			return drop(keyName, Constraint.Kind.PRIMARY_KEY);
		}

		@Override
		public Table dropForeignKey(String name) {
			return drop(fold(name, "constraint"), Constraint.Kind.FOREIGN_KEY);
		}

		@Override
		public Table dropUnique(String name) {
			return drop(fold(name, "constraint"), Constraint.Kind.UNIQUE);
		}

		@Override
		public Table dropCheck(String name) {
			return drop(fold(name, "constraint"), Constraint.Kind.CHECK);
		}

		private Table drop(String constraint, Constraint.Kind kind) {
			apply(List.of(new DropConstraint(this.name, constraint, kind, null)),
					irreversible("drop " + kind.words() + " " + constraint + " on " + this.name));
			return this;
		}

		@Override
		public Table rename(String newName) {
			String to = fold(newName, "table");
			apply(List.of(new RenameTable(this.name, to)), new Inverse(List.of(new RenameTable(to, this.name))));
			return new TableHandle(to);
		}

		@Override
		public void drop() {
			apply(List.of(new DropTable(this.name)), irreversible("drop table " + this.name));
		}

		@Override
		public TableSnapshot definition() {
			if (!canRead(this.name)) {
				throw new NotRenderableException("Reading the definition of table " + this.name + " needs the "
						+ "database: a dry run for " + dialect() + " has none");
			}
			return existing(this.name);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	@Override
	public String toString() {
		return (this.executes ? "live " : "recording ") + dialect() + " schema";
	}

}

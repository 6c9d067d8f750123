package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.ColumnState;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import org.jspecify.annotations.Nullable;

/**
 * The tables as the database has them before the next change, read from its catalog: what the changeset
 * API reads to make a change (a column's definition before it is altered, the keys of a column before it
 * is dropped), and what a {@link DdlRenderer} may read to render one (a table's definition, to rebuild
 * the table where the database cannot alter it).
 *
 * <p>There may be no database (a dry run), or one that a recording does not change: then a table that
 * the changes written down before have changed cannot be read, since the database does not show it as
 * they left it. Immutable: a recording moves on to {@link #afterChanging the definitions after a change}.
 */
public final class TableDefinitions {

	/**
	 * A question to the database about a table beyond its definition, which a renderer may need (the SQL
	 * of its triggers, whether it has rows).
	 */
	@FunctionalInterface
	public interface Query<T> {

		T ask(Connection connection) throws SQLException;

	}

	private final DdlRenderer renderer;

	private final String dialect;

	private final @Nullable Connection connection;

	private final @Nullable String columnTypeQuery;

	private final boolean keepsForeignKeyIndexes;

	/** The tables that changes written down, but not run, have changed. */
	private final Set<String> changed;

	/** Whether such a change touched tables it cannot tell (raw SQL). */
	private final boolean changedUnknown;

	private TableDefinitions(DdlRenderer renderer, @Nullable Connection connection, Set<String> changed,
			boolean changedUnknown) {
		this.renderer = Objects.requireNonNull(renderer, "renderer");
		this.dialect = renderer.dialect();
		this.connection = connection;
		this.columnTypeQuery = renderer.columnTypeQuery();
		this.keepsForeignKeyIndexes = renderer.keepsForeignKeyIndexes();
		this.changed = Set.copyOf(changed);
		this.changedUnknown = changedUnknown;
	}

	/** The definitions on a database, read as it is now (the changes run on it). */
	static TableDefinitions of(DdlRenderer renderer, @Nullable Connection connection) {
		return new TableDefinitions(renderer, connection, Set.of(), false);
	}

	/** No database to read: every read fails, as in a dry run. */
	public static TableDefinitions none(DdlRenderer renderer) {
		return of(renderer, null);
	}

	/** The definitions after a change that is written down, not run: the database no longer shows its tables. */
	TableDefinitions afterChanging(SchemaChange change) {
		Set<String> tables = new HashSet<>(this.changed);
		tables.addAll(change.tables());
		return new TableDefinitions(this.renderer, this.connection, tables, this.changedUnknown || change.tables().isEmpty());
	}

	/**
	 * Whether a table's definition can be read: there is a database, and the table is as the database
	 * shows it.
	 * @throws NotRenderableException when changes written down before changed the table
	 */
	public boolean canRead(String table) {
		if (this.connection == null) {
			return false;
		}
		if (this.changedUnknown || this.changed.contains(table)) {
			throw new NotRenderableException("The definition of table " + table + " is needed after the changes "
					+ "written down before changed it, so it cannot be read from the database");
		}
		return true;
	}

	/**
	 * A table's definition, as the database stores it.
	 * @throws NotRenderableException when there is no database to read, or the table cannot be read
	 * @throws IllegalArgumentException when there is no such table
	 */
	public TableSnapshot table(String table) {
		if (!canRead(table)) {
			throw new NotRenderableException("Reading the definition of table " + table + " needs the database: "
					+ "a dry run for " + this.dialect + " has none");
		}
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

	/**
	 * Asks the database something else about a table that a renderer needs to render a change of it, read
	 * where and when its definition could be.
	 * @throws NotRenderableException when there is no database to read, or the table cannot be read
	 */
	public <T> T query(String table, Query<T> query) {
		if (!canRead(table)) {
			throw new NotRenderableException("Reading table " + table + " needs the database: a dry run for "
					+ this.dialect + " has none");
		}
		try {
			return query.ask(requireConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read table " + table + ": " + ex.getMessage(), ex);
		}
	}

	/** A column's definition, its type exactly as declared where the dialect says how to read it. */
	public ColumnState column(String table, String column) {
		ColumnSnapshot snapshot = column(table(table), column);
		String type = snapshot.typeDeclaration();
		if (this.columnTypeQuery != null) {
			try (PreparedStatement statement = requireConnection().prepareStatement(this.columnTypeQuery)) {
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

	/** Whether a table has an index of this name, including one that backs a constraint. */
	public boolean indexExists(String table, String index) {
		try {
			return SnapshotReader.indexExists(requireConnection(), table, index);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the indexes of table " + table + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A change with what it needs from the database filled in, where it can be read: the definition of a
	 * column MySQL restates to alter it, and whether a foreign key's drop takes the index MySQL made for it.
	 */
	SchemaChange fillIn(SchemaChange change) {
		if (change instanceof AlterColumn alter && alter.current() == null && this.columnTypeQuery != null
				&& canRead(alter.table())) {
			return alter.withCurrent(column(alter.table(), alter.column()));
		}
		if (change instanceof DropConstraint drop && drop.kind() == Constraint.Kind.FOREIGN_KEY
				&& drop.dropsIndex() == null && this.keepsForeignKeyIndexes && canRead(drop.table())) {
			return drop.withDropsIndex(indexExists(drop.table(), drop.name()));
		}
		return change;
	}

	/** Whether the database is there to read. */
	boolean hasDatabase() {
		return this.connection != null;
	}

	/** Whether the dialect needs a column's definition to alter it (it restates the whole column). */
	boolean restatesColumns() {
		return this.columnTypeQuery != null;
	}

	String dialect() {
		return this.dialect;
	}

	private Connection requireConnection() {
		if (this.connection == null) {
			throw new NotRenderableException("There is no database to read: this is a dry run for " + this.dialect);
		}
		return this.connection;
	}

	/** A table's column by its name, in the spelling given or else in any case. */
	static ColumnSnapshot column(TableSnapshot table, String column) {
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

}

package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.migrate.core.schema.CheckConstraintSnapshot;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.ColumnDefault;
import dev.migrate.core.schema.Constraint;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.TableDefinitions;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's DDL. What SQLite does natively stays native: {@code ADD COLUMN}, {@code RENAME COLUMN},
 * {@code RENAME TO}, and {@code DROP COLUMN} of a column no constraint or index uses. The ALTERs it lacks
 * (a column's type, nullability or default, a constraint added or dropped, a constraint's column dropped)
 * rebuild the table, as SQLAlchemy-Migrate did: create the table as it is to be under another name, copy
 * the rows, drop the old one, rename the new one, and create its indexes and triggers again; all in the
 * changeset's transaction. A rebuild reads the table's definition from the database
 * ({@link TableDefinitions}), so a dry run without one cannot write it down.
 *
 * <p>Foreign keys: {@code PRAGMA foreign_keys} cannot change inside a transaction, and where a connection
 * enforces them, dropping the old table runs the {@code ON DELETE} actions of the rows that reference it
 * (its own too); so a table with rows that rows reference is rebuilt only on a connection that does not
 * enforce them (SQLite's default), and refused with that advice otherwise. The new table is renamed with
 * {@code PRAGMA legacy_alter_table} on, so that views and triggers naming the old table are not checked
 * while it is missing. A rebuilt table loses {@code AUTOINCREMENT} and column collations.
 */
public final class SqliteDdlRenderer extends StandardDdlRenderer {

	private static final String REBUILT_PREFIX = "migrate_rebuild_";

	@Override
	public String dialect() {
		return "sqlite";
	}

	@Override
	public NameCase nameCase() {
		return NameCase.AS_WRITTEN;
	}

	/** A rebuild reads the table as the changes before it leave it; SQLite's DDL is transactional. */
	@Override
	public boolean rehearsesFollowingChanges() {
		return true;
	}

	/** SQLite keeps any type name; it spells a time without a precision, and binary data as {@code BLOB}. */
	@Override
	String type(Type type, SchemaChange change) {
		return switch (type.kind()) {
			case TIME -> "TIME";
			case BINARY -> "BLOB";
			default -> super.type(type, change);
		};
	}

	/** SQLite takes TRUE and FALSE since 3.23; 1 and 0 are what it stores. */
	@Override
	String literal(@Nullable Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		return super.literal(value);
	}

	/** A default that is not a literal is an expression in parentheses on SQLite. */
	@Override
	String defaultValue(ColumnDefault value, @Nullable Type type) {
		if (value instanceof ColumnDefault.Expression expression && !isPlainDefault(expression.sql())) {
			return "(" + expression.sql() + ")";
		}
		return super.defaultValue(value, type);
	}

	/** A constraint; without a name where it has none (SQLite then names its index only). */
	@Override
	String constraint(Constraint constraint) {
		String sql = super.constraint(constraint);
		return (constraint.name() == null) ? sql.substring(("CONSTRAINT " + quote(null) + " ").length()) : sql;
	}

	/** Natively where SQLite adds the column itself, else by a rebuild. */
	@Override
	public List<String> addColumn(AddColumn change, TableDefinitions definitions) {
		return addsNatively(change.column()) ? super.addColumn(change, definitions) : rebuild(change, definitions);
	}

	/**
	 * Natively where no key, constraint or index of other columns uses the column (an index of the column
	 * alone is dropped first, as other databases drop it with the column), else by a rebuild; natively,
	 * without a database to tell.
	 */
	@Override
	public List<String> dropColumn(DropColumn change, TableDefinitions definitions) {
		if (!definitions.canRead(change.table())) {
			return super.dropColumn(change, definitions);
		}
		TableSnapshot table = definitions.table(change.table());
		if (!dropsNatively(table, change.column())) {
			return rebuild(change, definitions);
		}
		List<String> statements = new ArrayList<>();
		for (IndexSnapshot index : table.indexes()) {
			if (contains(index.columns(), change.column())) {
				statements.add("DROP INDEX " + quote(index.name()));
			}
		}
		statements.addAll(super.dropColumn(change, definitions));
		return statements;
	}

	@Override
	public List<String> alterColumn(AlterColumn change, TableDefinitions definitions) {
		return rebuild(change, definitions);
	}

	@Override
	public List<String> addConstraint(AddConstraint change, TableDefinitions definitions) {
		return rebuild(change, definitions);
	}

	@Override
	public List<String> dropConstraint(DropConstraint change, TableDefinitions definitions) {
		return rebuild(change, definitions);
	}

	/** SQLite renames an index by creating it again, from its definition read from the database. */
	@Override
	public List<String> renameIndex(RenameIndex change, TableDefinitions definitions) {
		if (!definitions.canRead(change.table())) {
			throw new NotRenderableException("sqlite renames an index by creating it again, from its definition read "
					+ "from the database: run " + change.describe() + " on the database");
		}
		TableSnapshot table = definitions.table(change.table());
		for (IndexSnapshot index : table.indexes()) {
			if (index.name().equalsIgnoreCase(change.name())) {
				return List.of("DROP INDEX " + quote(index.name()),
						createIndex(change.newName(), table.name(), index.columns(), index.unique()));
			}
		}
		throw new IllegalArgumentException("Table " + change.table() + " has no index " + change.name());
	}

	/**
	 * Whether SQLite adds the column itself: not a key or unique column, and with a constant default where
	 * it is NOT NULL (SQLite adds no column whose default is an expression or the current time).
	 */
	private static boolean addsNatively(Column column) {
		ColumnDefault value = column.columnDefault();
		boolean constant = value == null || value instanceof ColumnDefault.Literal;
		return constant && (column.isNullable() || value != null);
	}

	/**
	 * Whether SQLite drops the column itself: no key, unique constraint, check or index of other columns too
	 * uses it.
	 */
	private static boolean dropsNatively(TableSnapshot table, String column) {
		PrimaryKeySnapshot key = table.primaryKey();
		boolean used = key != null && contains(key.columns(), column);
		for (ForeignKeySnapshot foreignKey : table.foreignKeys()) {
			used |= contains(foreignKey.columns(), column);
		}
		for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
			used |= contains(unique.columns(), column);
		}
		for (IndexSnapshot index : table.indexes()) {
			used |= index.columns().size() > 1 && contains(index.columns(), column);
		}
		for (CheckConstraintSnapshot check : table.checkConstraints()) {
			used |= mentions(check.expression(), column);
		}
		return !used;
	}

	/** The statements that rebuild a table with the change made to its definition. */
	private List<String> rebuild(SchemaChange change, TableDefinitions definitions) {
		String name = change.tables().get(0);
		if (!definitions.canRead(name)) {
			throw new NotRenderableException("sqlite rebuilds table " + name + " to " + change.describe() + " (it has no "
					+ "ALTER for it), from the table's definition read from the database: run it on the database");
		}
		SqliteTableDefinition table = new SqliteTableDefinition(this, definitions.table(name));
		String dropped = null;
		if (change instanceof AlterColumn alter) {
			table.alter(alter.column(), (alter.type() != null) ? type(alter.type(), alter) : null, alter.nullable(),
					alter.changesDefault(), (alter.columnDefault() != null) ? defaultValue(alter.columnDefault(), alter.type())
							: null);
		}
		else if (change instanceof AddConstraint add) {
			table.add(constraint(add.constraint()), add.constraint());
		}
		else if (change instanceof DropConstraint drop) {
			table.drop(drop.name(), drop.kind(), (drop.kind() == Constraint.Kind.UNIQUE)
					? definitions.query(name, (connection) -> uniqueIndexColumns(connection, name, drop.name())) : List.of());
		}
		else if (change instanceof AddColumn add) {
			table.addColumn(columnDefinition(add.column(), add));
		}
		else {
			dropped = ((DropColumn) change).column();
			table.dropColumn(dropped);
		}
		List<String> referencing = definitions.query(name, (connection) -> enforcedReferences(connection, table.name()));
		if (!referencing.isEmpty()) {
			throw unsupported(change, "SQLite has no ALTER for it, so the table is rebuilt, and dropping the old "
					+ "table would run the foreign keys of " + String.join(", ", referencing) + " (an ON DELETE CASCADE "
					+ "deletes their rows), since this connection enforces foreign keys and PRAGMA foreign_keys cannot be "
					+ "turned off inside a transaction: migrate on a connection without foreign_keys=true (SQLite's default)");
		}
		String rebuilt = REBUILT_PREFIX + table.name();
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + quote(rebuilt) + " (" + String.join(", ", table.elements()) + ")");
		String columns = String.join(", ", table.copied().stream().map(this::quote).toList());
		statements.add("INSERT INTO " + quote(rebuilt) + " (" + columns + ") SELECT " + columns + " FROM " + quote(table.name()));
		String droppedColumn = dropped;
		List<String> recreated = definitions.query(name, (connection) -> dependents(connection, table.name(), droppedColumn));
		statements.add("DROP TABLE " + quote(table.name()));
		statements.add("PRAGMA legacy_alter_table = ON");
		statements.add("ALTER TABLE " + quote(rebuilt) + " RENAME TO " + quote(table.name()));
		statements.add("PRAGMA legacy_alter_table = OFF");
		statements.addAll(recreated);
		return statements;
	}

	/** The SQL of the table's indexes and triggers, to create again; those that name a dropped column are left out. */
	private static List<String> dependents(Connection connection, String table, @Nullable String dropped)
			throws SQLException {
		List<String> sql = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT sql FROM sqlite_schema WHERE tbl_name = ? "
				+ "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String each = rows.getString(1);
					if (dropped == null || !mentions(each.substring(each.toUpperCase(Locale.ROOT).indexOf(" ON ")), dropped)) {
						sql.add(each);
					}
				}
			}
		}
		return sql;
	}

	/**
	 * The tables whose rows reference rows of the table (itself too) while the connection enforces foreign
	 * keys: dropping the old table would run their {@code ON DELETE} actions (a cascade deletes the rows) or
	 * fail them, and {@code PRAGMA foreign_keys} cannot be turned off inside a transaction. Empty where the
	 * connection does not enforce them, or the table or the referencing tables have no rows.
	 */
	private List<String> enforcedReferences(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet enforced = statement.executeQuery("PRAGMA foreign_keys")) {
			if (!enforced.next() || !enforced.getBoolean(1)) {
				return List.of();
			}
		}
		List<String> referencing = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT t.name FROM sqlite_schema t, "
				+ "pragma_foreign_key_list(t.name) k WHERE t.type = 'table' AND k.\"table\" = ? COLLATE NOCASE "
				+ "ORDER BY 1")) {
			// the table itself too: the new table's rows reference the old one by its name while it is dropped
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					referencing.add(rows.getString(1));
				}
			}
		}
		if (referencing.isEmpty() || !hasRows(connection, table)) {
			return List.of();
		}
		List<String> withRows = new ArrayList<>();
		for (String each : referencing) {
			if (hasRows(connection, each)) {
				withRows.add(each);
			}
		}
		return withRows;
	}

	private boolean hasRows(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
			return rows.next() && rows.getBoolean(1);
		}
	}

	/**
	 * The columns of the index SQLite made for an unnamed unique constraint, which is known by that index's
	 * name ({@code sqlite_autoindex_<table>_<n>}); empty when there is no such index.
	 */
	private static List<String> uniqueIndexColumns(Connection connection, String table, String index) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT i.name FROM pragma_index_list(?) l, "
				+ "pragma_index_info(l.name) i WHERE l.origin = 'u' AND l.name = ? COLLATE NOCASE ORDER BY i.seqno")) {
			statement.setString(1, table);
			statement.setString(2, index);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	private String createIndex(String name, String table, List<String> columns, boolean unique) {
		return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + quote(name) + " ON " + quote(table) + " " + columns(columns);
	}

	private static boolean isPlainDefault(String sql) {
		String trimmed = sql.trim();
		return trimmed.startsWith("'") || trimmed.startsWith("(") || trimmed.matches("[-+]?[0-9.]+")
				|| trimmed.matches("(?i)null|true|false|current_(timestamp|date|time)");
	}

	static boolean contains(List<String> columns, String column) {
		return columns.stream().anyMatch((each) -> each.equalsIgnoreCase(column));
	}

	static boolean mentions(String sql, String column) {
		return Pattern.compile("(?<![A-Za-z0-9_$])[\"`\\[]?" + Pattern.quote(column) + "[\"`\\]]?(?![A-Za-z0-9_$])",
				Pattern.CASE_INSENSITIVE).matcher(sql).find();
	}

}

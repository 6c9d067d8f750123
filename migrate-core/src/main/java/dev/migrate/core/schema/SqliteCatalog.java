package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What SQLite says about a schema (an attached database: {@code main} unless named): its tables from
 * {@code sqlite_schema} and the {@code pragma_table_info}, {@code pragma_index_list},
 * {@code pragma_index_info} and {@code pragma_foreign_key_list} functions; the names of its constraints and
 * its check constraints, which SQLite keeps in the table's SQL only, from that SQL; and its views and
 * triggers. SQLite's own tables ({@code sqlite_*}) are left out.
 */
final class SqliteCatalog extends Catalog {

	private static final Pattern SIZED_TYPE = Pattern.compile("(?s)(.*?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*");

	private static final Pattern NULL_DEFAULT = Pattern.compile("(?i)null");

	private final Connection connection;

	/** The schema as a quoted prefix: {@code "main".}. */
	private final String prefix;

	SqliteCatalog(Connection connection, String schema, Set<String> excludedTables) {
		super(connection, schema, excludedTables);
		this.connection = connection;
		this.prefix = '"' + schema.replace("\"", "\"\"") + "\".";
	}

	/** The views and triggers. */
	@Override
	List<SchemaObjectSnapshot> read() throws SQLException {
		rows("SELECT type, name, tbl_name, sql FROM " + this.prefix + "sqlite_schema WHERE type IN ('view', 'trigger') "
				+ "AND sql IS NOT NULL", (rows) -> {
					if (rows.getString(1).equals("view")) {
						this.objects.add(SchemaObjectSnapshot.of("view", rows.getString(2), normalised(rows.getString(4))));
					}
					else if (!excluded(rows.getString(3))) {
						this.objects.add(SchemaObjectSnapshot.of("trigger", rows.getString(3) + "." + rows.getString(2),
								normalised(rows.getString(4))));
					}
				});
		return this.objects;
	}

	/** The tables, sorted by name; only {@code onlyTable} (by its exact name) when it is not null. */
	List<TableSnapshot> tables(@Nullable String onlyTable) throws SQLException {
		Map<String, String> sql = new TreeMap<>();
		rows("SELECT name, sql FROM " + this.prefix + "sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
				+ "ESCAPE '\\'", (rows) -> {
					String name = rows.getString(1);
					if ((onlyTable == null || onlyTable.equals(name)) && !excluded(name)) {
						sql.put(name, rows.getString(2));
					}
				});
		List<TableSnapshot> tables = new ArrayList<>();
		for (Map.Entry<String, String> table : sql.entrySet()) {
			tables.add(table(table.getKey(), SqliteTableSql.parse(table.getValue())));
		}
		return tables;
	}

	private TableSnapshot table(String name, SqliteTableSql sql) throws SQLException {
		List<ColumnSnapshot> columns = new ArrayList<>();
		TreeMap<Integer, String> keyColumns = new TreeMap<>();
		rows("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?, ?) ORDER BY cid", (rows) -> {
			columns.add(column(rows.getString(1), rows.getString(2), !rows.getBoolean(3), rows.getString(4)));
			if (rows.getInt(5) > 0) {
				keyColumns.put(rows.getInt(5), rows.getString(1));
			}
		}, name);
		PrimaryKeySnapshot primaryKey = keyColumns.isEmpty() ? null
				: new PrimaryKeySnapshot(sql.primaryKeyName(), List.copyOf(keyColumns.values()));
		List<UniqueConstraintSnapshot> uniques = new ArrayList<>();
		List<IndexSnapshot> indexes = new ArrayList<>();
		List<String[]> indexList = new ArrayList<>();
		rows("SELECT name, \"unique\", origin FROM pragma_index_list(?, ?) ORDER BY seq DESC", (rows) -> indexList
			.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) }), name);
		for (String[] index : indexList) {
			List<String> indexColumns = new ArrayList<>();
			rows("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno", (rows) -> indexColumns.add(rows.getString(1)),
					index[0]);
			if (index[2].equals("u")) {
				uniques.add(new UniqueConstraintSnapshot(sql.uniqueName(indexColumns), List.copyOf(indexColumns)));
			}
			else if (index[2].equals("c")) {
				indexes.add(new IndexSnapshot(index[0], List.copyOf(indexColumns), index[1].equals("1")));
			}
		}
		Map<Integer, ForeignKeyRows> keys = new LinkedHashMap<>();
		rows("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?, ?) "
				+ "ORDER BY id DESC, seq", (rows) -> {
					ForeignKeyRows key = keys.get(rows.getInt(1));
					if (key == null) {
						key = new ForeignKeyRows(rows.getString(2), rule(rows, 5), rule(rows, 6));
						keys.put(rows.getInt(1), key);
					}
					key.columns.add(rows.getString(3));
					key.referencedColumns.add(rows.getString(4));
				}, name);
		List<ForeignKeySnapshot> foreignKeys = new ArrayList<>();
		for (ForeignKeyRows key : keys.values()) {
			List<String> referenced = new ArrayList<>();
			for (int i = 0; i < key.referencedColumns.size(); i++) {
				// an implicit reference to the referenced table's primary key has no column name
				referenced.add((key.referencedColumns.get(i) != null) ? key.referencedColumns.get(i) : "");
			}
			foreignKeys.add(new ForeignKeySnapshot(sql.foreignKeyName(key.columns), List.copyOf(key.columns), key.table,
					referenced, key.onDelete, key.onUpdate));
		}
		List<CheckConstraintSnapshot> checks = new ArrayList<>();
		for (SqliteTableSql.Check check : sql.checks()) {
			checks.add(new CheckConstraintSnapshot(check.name(), check.expression()));
		}
		return new TableSnapshot(name, columns, primaryKey, foreignKeys, uniques, indexes, checks);
	}

	private static String rule(ResultSet rows, int column) throws SQLException {
		String value = rows.getString(column);
		return (value != null) ? value.toUpperCase(Locale.ROOT) : "NO ACTION";
	}

	private static ColumnSnapshot column(String name, @Nullable String declared, boolean nullable,
			@Nullable String defaultValue) {
		String type = (declared != null) ? declared.trim() : "";
		Integer size = null;
		Integer scale = null;
		Matcher sized = SIZED_TYPE.matcher(type);
		if (sized.matches()) {
			type = sized.group(1);
			size = Integer.valueOf(sized.group(2));
			scale = (sized.group(3) != null) ? Integer.valueOf(sized.group(3)) : null;
		}
		String trimmed = (defaultValue != null) ? defaultValue.trim() : "";
		return new ColumnSnapshot(name, type.toLowerCase(Locale.ROOT), size, scale, nullable,
				(trimmed.isEmpty() || NULL_DEFAULT.matcher(trimmed).matches()) ? null : trimmed);
	}

	/** Runs a query whose first parameters are the given values and whose last is the schema's name. */
	private void rows(String sql, RowReader reader, String... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			int index = 1;
			for (String parameter : parameters) {
				statement.setString(index++, parameter);
			}
			if (statement.getParameterMetaData().getParameterCount() >= index) {
				statement.setString(index, this.prefix.substring(1, this.prefix.length() - 2).replace("\"\"", "\""));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	/** The rows of one foreign key, as {@code pragma_foreign_key_list} gives them. */
	private static final class ForeignKeyRows {

		final String table;

		final String onUpdate;

		final String onDelete;

		final List<String> columns = new ArrayList<>();

		final List<@Nullable String> referencedColumns = new ArrayList<>();

		ForeignKeyRows(String table, String onUpdate, String onDelete) {
			this.table = table;
			this.onUpdate = onUpdate;
			this.onDelete = onDelete;
		}

	}

}

package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;

/** Reads which tables the current schema holds, through JDBC metadata. */
final class Tables {

	private Tables() {
	}

	/** Whether the current schema has a table of this (unquoted) name. */
	static boolean exists(Connection connection, Dialect dialect, String name) throws SQLException {
		return contains(list(connection, dialect), name);
	}

	/** Whether a list of tables has one of this (unquoted) name. */
	static boolean contains(List<String> tables, String name) {
		for (String table : tables) {
			if (table.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	/** The tables and views of the current schema (on MySQL: database), sorted. */
	static List<String> list(Connection connection, Dialect dialect) throws SQLException {
		String schema = dialect.currentSchema(connection);
		DatabaseMetaData metaData = connection.getMetaData();
		boolean catalogIsSchema = dialect.schemaIsCatalog();
		List<String> tables = new ArrayList<>();
		try (ResultSet result = metaData.getTables(catalogIsSchema ? schema : null, catalogIsSchema ? null : schema,
				"%", new String[] { "TABLE", "VIEW" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME"));
			}
		}
		tables.sort(String.CASE_INSENSITIVE_ORDER);
		return tables;
	}

	/** The tables and views of the current schema, less the ones named (compared without case). */
	static List<String> listExcept(Connection connection, Dialect dialect, String... excluded) throws SQLException {
		List<String> tables = new ArrayList<>();
		outer: for (String table : list(connection, dialect)) {
			for (String name : excluded) {
				if (table.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
					continue outer;
				}
			}
			tables.add(table);
		}
		return tables;
	}

	/** The columns of a table of the current schema, in lower case; empty when there is no such table. */
	static List<String> columns(Connection connection, Dialect dialect, String name) throws SQLException {
		for (String table : list(connection, dialect)) {
			if (table.equalsIgnoreCase(name)) {
				return columnsOf(connection, dialect, table);
			}
		}
		return List.of();
	}

	private static List<String> columnsOf(Connection connection, Dialect dialect, String stored) throws SQLException {
		String schema = dialect.currentSchema(connection);
		boolean catalogIsSchema = dialect.schemaIsCatalog();
		List<String> found = new ArrayList<>();
		try (ResultSet result = connection.getMetaData()
			.getColumns(catalogIsSchema ? schema : null, catalogIsSchema ? null : schema, stored, "%")) {
			while (result.next()) {
				found.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return found;
	}

	/**
	 * Fails when a table of ours exists in another shape: a table of that name made by another tool. Called
	 * after a query of it failed, so the message says what is there instead of the database's error.
	 * @param property the property that names the table, for the way out
	 */
	static void requireShape(Connection connection, Dialect dialect, String name, List<String> expected,
			String property) throws SQLException {
		String schema = dialect.currentSchema(connection);
		String stored = null;
		for (String table : list(connection, dialect)) {
			if (table.equalsIgnoreCase(name)) {
				stored = table;
			}
		}
		if (stored == null) {
			return;
		}
		List<String> found = columnsOf(connection, dialect, stored);
		if (!found.containsAll(expected)) {
			throw new MigrateException("The table " + name + ((schema != null) ? " in " + schema : "") + " has the columns ("
					+ String.join(", ", found) + "), not the ones Migrate keeps there (" + String.join(", ", expected)
					+ "): it is another tool's table of the same name. Set " + property + " to a name of Migrate's own "
					+ "(for example " + name + "_migrate). Nothing was changed.");
		}
	}

}

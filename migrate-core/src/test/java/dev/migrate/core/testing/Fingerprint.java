package dev.migrate.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a test database holds, to compare before and after a command that must change nothing: the tables
 * of its schema (lower case, sorted) and every row of each, {@code migrate_version} and
 * {@code migrate_history} included, as text, sorted.
 *
 * @param tables the tables of the schema
 * @param rows each table's rows, a row as its columns' values joined by {@code |}
 */
public record Fingerprint(List<String> tables, Map<String, List<String>> rows) {

	/** Reads the fingerprint of a test database. */
	public static Fingerprint of(TestDatabase database) {
		List<String> tables = database.tables();
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : tables) {
				rows.put(table, rows(statement, table));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the fingerprint: " + ex.getMessage(), ex);
		}
		return new Fingerprint(tables, rows);
	}

	/** The rows of one table. */
	public List<String> rowsOf(String table) {
		return this.rows.getOrDefault(table.toLowerCase(Locale.ROOT), List.of());
	}

	private static List<String> rows(Statement statement, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= columns; column++) {
					row.append((column > 1) ? "|" : "").append(result.getString(column));
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		return rows;
	}

}

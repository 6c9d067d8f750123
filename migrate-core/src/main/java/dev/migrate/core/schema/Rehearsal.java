package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes changes down by running them in a savepoint that is rolled back, for a renderer that
 * {@link DdlRenderer#rehearsesFollowingChanges() reads the tables it changes}: each change is rendered from
 * the database as the ones before it leave it. The database is left as it was.
 */
final class Rehearsal {

	private Rehearsal() {
	}

	/**
	 * The SQL of {@code written}, rendered after {@code before} (changes written down but not run) has run.
	 * @throws SchemaChangeException when the database refuses a statement of the rehearsal
	 */
	static List<String> render(Connection connection, DdlRenderer renderer, List<SchemaChange> before,
			List<SchemaChange> written) {
		TableDefinitions definitions = TableDefinitions.of(renderer, connection);
		List<String> sql = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SAVEPOINT migrate_rehearsal");
			try {
				List<SchemaChange> all = new ArrayList<>(before);
				all.addAll(written);
				for (int i = 0; i < all.size(); i++) {
					SchemaChange change = definitions.fillIn(all.get(i));
					for (String each : renderer.render(change, definitions)) {
						run(statement, change, each);
						if (i >= before.size()) {
							sql.add(each);
						}
					}
				}
			}
			finally {
				statement.execute("ROLLBACK TO migrate_rehearsal");
				statement.execute("RELEASE migrate_rehearsal");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not rehearse the changes to write them down: " + ex.getMessage(), ex);
		}
		return sql;
	}

	private static void run(Statement statement, SchemaChange change, String sql) {
		try {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new SchemaChangeException(change.describe(), sql, ex);
		}
	}

}

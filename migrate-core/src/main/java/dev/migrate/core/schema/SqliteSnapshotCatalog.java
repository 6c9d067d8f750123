package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * SQLite's catalog: a schema is an attached database ({@code main} unless named), its tables are read by
 * {@link SqliteCatalog} from {@code sqlite_schema}, its pragma functions and each table's SQL, where SQLite
 * alone keeps the names of constraints and the check constraints; its views and triggers are its objects.
 */
public final class SqliteSnapshotCatalog implements SnapshotCatalog {

	/** Unqualified names resolve to {@code main}, whatever the driver says of the connection's schema. */
	@Override
	public String currentSchema(Connection connection) {
		return "main";
	}

	@Override
	public List<TableSnapshot> tables(Connection connection, String schema, @Nullable String onlyTable,
			Set<String> excludedTables) throws SQLException {
		return new SqliteCatalog(connection, schema, excludedTables).tables(onlyTable);
	}

	/** SQLite has no {@code information_schema}: unique constraints are read with the tables. */
	@Override
	public @Nullable String uniqueConstraintsQuery() {
		return null;
	}

	@Override
	public List<SchemaObjectSnapshot> objects(Connection connection, String schema, Set<String> excludedTables)
			throws SQLException {
		return new SqliteCatalog(connection, schema, excludedTables).read();
	}

}

package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's catalog: a schema is a database, each foreign key has an index of its name, and
 * check constraints are read from MariaDB's {@code check_constraints} (which has the table) or else from
 * the standard views (MySQL 8); the objects {@link MySqlCatalog} reads. A {@code datetime} or
 * {@code timestamp} keeps its fractional seconds as its size: {@code datetime} (none, the default) loses
 * what {@code datetime(6)} keeps. A time's are not read, as on PostgreSQL.
 */
public final class MySqlSnapshotCatalog implements SnapshotCatalog {

	/** Every index of a database in one query. */
	private static final String INDEXES = """
			select table_name, index_name, non_unique = 0, column_name, seq_in_index
			from information_schema.statistics
			where table_schema = ? and column_name is not null""";

	/** MariaDB names check constraints per table, and has the table in {@code check_constraints}. */
	private static final String MARIADB_CHECKS = """
			select table_name, constraint_name, check_clause from information_schema.check_constraints
			where constraint_schema = ?""";

	@Override
	public boolean schemaIsCatalog() {
		return true;
	}

	@Override
	public boolean foreignKeysHaveIndexes() {
		return true;
	}

	/**
	 * The drivers give a {@code datetime(p)} or {@code timestamp(p)} 19 characters, and 20 + p with
	 * fractional seconds, whose default is none.
	 */
	@Override
	public @Nullable Integer fractionalSeconds(int dataType, @Nullable Integer columnSize,
			@Nullable Integer decimalDigits) {
		if (dataType != Types.TIMESTAMP || columnSize == null || columnSize <= 20) {
			return null;
		}
		return columnSize - 20;
	}

	@Override
	public List<String> checkConstraintsQueries() {
		return List.of(MARIADB_CHECKS, STANDARD_CHECKS);
	}

	@Override
	public String indexesQuery() {
		return INDEXES;
	}

	@Override
	public List<SchemaObjectSnapshot> objects(Connection connection, String schema, Set<String> excludedTables)
			throws SQLException {
		return new MySqlCatalog(connection, schema, excludedTables).read();
	}

}

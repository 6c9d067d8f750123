package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a schema snapshot reads from one database's own catalog, beyond what JDBC metadata tells of every
 * database: how the database names a schema, the queries that read a whole schema's keys and indexes in
 * one round trip, its check constraints, and its other objects. A dialect provides one; a database whose
 * catalog is not known gets {@link #STANDARD}, JDBC metadata alone, and its snapshots say that they leave
 * check constraints out. Each query takes the schema's name for every parameter.
 */
public interface SnapshotCatalog {

	/** JDBC metadata and {@code information_schema}'s unique constraints, nothing of the database's own. */
	SnapshotCatalog STANDARD = new SnapshotCatalog() {
	};

	/** The unique constraints of a schema in {@code information_schema}: table, constraint, column. */
	String STANDARD_UNIQUE_CONSTRAINTS = """
			select tc.table_name, tc.constraint_name, kcu.column_name
			from information_schema.table_constraints tc
			join information_schema.key_column_usage kcu
			  on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
			  and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name
			where tc.constraint_type = 'UNIQUE' and tc.table_schema = ?
			order by tc.table_name, tc.constraint_name, kcu.ordinal_position""";

	/** The check constraints of a schema in {@code information_schema}: table, constraint, clause. */
	String STANDARD_CHECKS = """
			select tc.table_name, cc.constraint_name, cc.check_clause
			from information_schema.table_constraints tc
			join information_schema.check_constraints cc
			  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
			where tc.constraint_type = 'CHECK' and tc.table_schema = ?""";

	/**
	 * Whether JDBC metadata names the schema as a catalog: on MySQL a schema is a database, passed as the
	 * catalog, and the connection's current one is {@link Connection#getCatalog()}.
	 */
	default boolean schemaIsCatalog() {
		return false;
	}

	/**
	 * The schema a snapshot reads when it is given none: the connection's current one, as JDBC metadata names
	 * it (on MySQL its catalog); null when the connection has none.
	 */
	default @Nullable String currentSchema(Connection connection) throws SQLException {
		return schemaIsCatalog() ? connection.getCatalog() : connection.getSchema();
	}

	/**
	 * The tables of a schema, sorted by name, read from the database's own catalog where JDBC metadata does
	 * not tell enough of them (SQLite keeps its constraints' names and checks in each table's SQL alone);
	 * null, by default, to read them through JDBC metadata and the queries of this catalog.
	 * @param onlyTable the one table to read, by its exact name, or null for all of them
	 * @param excludedTables the tables to leave out, in any case
	 */
	default @Nullable List<TableSnapshot> tables(Connection connection, String schema, @Nullable String onlyTable,
			Set<String> excludedTables) throws SQLException {
		return null;
	}

	/** Whether the driver reads the keys of a whole schema in one metadata call (a null table). */
	default boolean readsKeysOfWholeSchema() {
		return false;
	}

	/** The primary keys of a whole schema (table, constraint, column, position), or null to ask JDBC metadata. */
	default @Nullable String primaryKeysQuery() {
		return null;
	}

	/** Whether each foreign key has an index of its name, which is the key's and not listed as an index. */
	default boolean foreignKeysHaveIndexes() {
		return false;
	}

	/** The unique constraints of a schema (table, constraint, column, in order), or null where there is no query. */
	default @Nullable String uniqueConstraintsQuery() {
		return STANDARD_UNIQUE_CONSTRAINTS;
	}

	/**
	 * The queries of a schema's check constraints (table, constraint, clause), tried in order until one
	 * runs; empty where the catalog cannot read check constraints, which a snapshot then says.
	 */
	default List<String> checkConstraintsQueries() {
		return List.of();
	}

	/** The indexes behind constraints (table, index) where their names differ from the constraints', or null. */
	default @Nullable String constraintIndexesQuery() {
		return null;
	}

	/**
	 * Every index column of a schema (table, index, unique, column, position) in one query, or null to
	 * ask JDBC metadata one table a call.
	 */
	default @Nullable String indexesQuery() {
		return null;
	}

	/**
	 * The fractional seconds of a time or timestamp column (JDBC's {@code TIME} or {@code TIMESTAMP}), from
	 * its {@code COLUMN_SIZE} or {@code DECIMAL_DIGITS}, kept as the column's size where they are not the
	 * database's default (so that a column of the default precision reads as it always has); null where they
	 * are the default, or are not read (by default, as on H2).
	 */
	default @Nullable Integer fractionalSeconds(int dataType, @Nullable Integer columnSize,
			@Nullable Integer decimalDigits) {
		return null;
	}

	/** Whether a constraint's name is one the database made up, which changes when it is made again. */
	default boolean isGeneratedName(String name) {
		return false;
	}

	/**
	 * The schema's objects besides its tables (views, functions, triggers, sequences...), without those of
	 * the excluded tables (any case); none by default.
	 */
	default List<SchemaObjectSnapshot> objects(Connection connection, String schema, Set<String> excludedTables)
			throws SQLException {
		return List.of();
	}

}

package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link SchemaSnapshot} through {@link DatabaseMetaData}, with a few round trips: tables and
 * columns for the whole schema at once, keys for the whole schema where the driver allows it (else per
 * table), indexes per table, unique constraints from {@code information_schema}, and check constraints
 * from each database's catalog; then the schema's other objects (views, functions, triggers, sequences,
 * types, extensions, comments), one query per kind of object. What differs per database comes from its
 * {@link SnapshotCatalog}, which the dialect provides. It reads one table alone, without other objects, for
 * the changeset API.
 */
final class SnapshotReader {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotReader.class);

	/** The catalogs whose snapshots were said to leave check constraints out. */
	private static final Set<String> warnedOfNoChecks = ConcurrentHashMap.newKeySet();

	private static final Pattern NULL_DEFAULT = Pattern.compile("(?i)null(::.+)?");

	private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A metadata call for one table, or for all tables when the table is null. */
	private interface TableQuery {

		ResultSet run(@Nullable String table) throws SQLException;

	}

	/** What to do with every row of a metadata result. */
	private interface RowReader {

		void read(ResultSet rows) throws SQLException;

	}

	private final Connection connection;

	private final DatabaseMetaData metaData;

	private final SnapshotCatalog databaseCatalog;

	/** The schema's name in JDBC metadata and {@code information_schema}: on MySQL the database. */
	private final String schemaName;

	private final @Nullable String catalog;

	private final @Nullable String schema;

	private final Set<String> excludedTables = new HashSet<>();

	/** The one table to read, or null for all of them. */
	private @Nullable String onlyTable;

	private final Map<String, Parts> tables = new TreeMap<>();

	SnapshotReader(Connection connection, SnapshotCatalog databaseCatalog, @Nullable String schema,
			Set<String> excludedTables) throws SQLException {
		this.connection = connection;
		this.metaData = connection.getMetaData();
		this.databaseCatalog = databaseCatalog;
		boolean schemaIsCatalog = databaseCatalog.schemaIsCatalog();
		String name = (schema != null) ? schema : databaseCatalog.currentSchema(connection);
		if (name == null) {
			throw new IllegalArgumentException("The connection has no current schema: name the schema to read");
		}
		this.schemaName = name;
		this.catalog = schemaIsCatalog ? name : null;
		this.schema = schemaIsCatalog ? null : name;
		for (String table : excludedTables) {
			this.excludedTables.add(table.toLowerCase(Locale.ROOT));
		}
	}

	SchemaSnapshot read() throws SQLException {
		List<TableSnapshot> own = this.databaseCatalog.tables(this.connection, this.schemaName, this.onlyTable,
				this.excludedTables);
		if (own != null) {
			return new SchemaSnapshot(own, (this.onlyTable != null) ? List.of() : readObjects());
		}
		readTables();
		if (!this.tables.isEmpty()) {
			readColumns();
			readPrimaryKeys();
			readForeignKeys();
			readUniqueConstraints();
			readCheckConstraints();
			readConstraintIndexes();
			readIndexes();
		}
		return new SchemaSnapshot(this.tables.values().stream().map(Parts::toSnapshot).toList(),
				(this.onlyTable != null) ? List.of() : readObjects());
	}

	/** The schema's other objects, from the database's catalog. */
	private List<SchemaObjectSnapshot> readObjects() throws SQLException {
		return this.databaseCatalog.objects(this.connection, this.schemaName, this.excludedTables);
	}

	/** Reads one table of the connection's current schema, by its exact name; null when there is none. */
	static @Nullable TableSnapshot readTable(Connection connection, String table) throws SQLException {
		SnapshotReader reader = new SnapshotReader(connection, SnapshotCatalogs.of(connection), null, Set.of());
		reader.onlyTable = table;
		return reader.read().table(table);
	}

	/**
	 * Whether a table of the current schema has an index of this name, including those that back
	 * constraints (which a snapshot leaves out).
	 */
	static boolean indexExists(Connection connection, String table, String index) throws SQLException {
		SnapshotReader reader = new SnapshotReader(connection, SnapshotCatalogs.of(connection), null, Set.of());
		try (ResultSet rows = reader.metaData.getIndexInfo(reader.catalog, reader.schema, table, false, true)) {
			while (rows.next()) {
				if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

	private void readTables() throws SQLException {
		String tablePattern = (this.onlyTable != null) ? pattern(this.onlyTable) : "%";
		try (ResultSet rows = this.metaData.getTables(this.catalog, pattern(this.schema), tablePattern, null)) {
			while (rows.next()) {
				String name = rows.getString("TABLE_NAME");
				String type = rows.getString("TABLE_TYPE");
				if (type != null && TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))
						&& (this.onlyTable == null || this.onlyTable.equals(name))
						&& !this.excludedTables.contains(name.toLowerCase(Locale.ROOT))) {
					this.tables.put(name, new Parts(name));
				}
			}
		}
	}

	private void readColumns() throws SQLException {
		String tablePattern = (this.onlyTable != null) ? pattern(this.onlyTable) : "%";
		try (ResultSet rows = this.metaData.getColumns(this.catalog, pattern(this.schema), tablePattern, "%")) {
			while (rows.next()) {
				Parts table = this.tables.get(rows.getString("TABLE_NAME"));
				if (table != null) {
					table.columns.put(rows.getInt("ORDINAL_POSITION"), column(rows));
				}
			}
		}
	}

	private ColumnSnapshot column(ResultSet rows) throws SQLException {
		int dataType = rows.getInt("DATA_TYPE");
		Integer size = integer(rows, "COLUMN_SIZE");
		Integer scale = integer(rows, "DECIMAL_DIGITS");
		boolean sized = switch (dataType) {
			case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY,
					Types.NUMERIC, Types.DECIMAL -> size != null && size > 0 && size < Integer.MAX_VALUE;
			default -> false;
		};
		boolean scaled = sized && (dataType == Types.NUMERIC || dataType == Types.DECIMAL);
		Integer fractionalSeconds = this.databaseCatalog.fractionalSeconds(dataType, size, scale);
		return new ColumnSnapshot(rows.getString("COLUMN_NAME"),
				rows.getString("TYPE_NAME").trim().toLowerCase(Locale.ROOT),
				(fractionalSeconds != null) ? fractionalSeconds : sized ? size : null, scaled ? scale : null, rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
				defaultValue(rows.getString("COLUMN_DEF")));
	}

	private void readPrimaryKeys() throws SQLException {
		String primaryKeys = this.databaseCatalog.primaryKeysQuery();
		if (primaryKeys != null) {
			query(primaryKeys, (rows) -> {
				Parts table = this.tables.get(rows.getString(1));
				if (table != null) {
					table.primaryKeyName = rows.getString(2);
					table.primaryKeyColumns.put(rows.getInt(4), rows.getString(3));
					table.constraintIndexes.add(table.primaryKeyName);
				}
			});
			return;
		}
		readKeys((table) -> this.metaData.getPrimaryKeys(this.catalog, this.schema, table), (rows) -> {
			Parts table = this.tables.get(rows.getString("TABLE_NAME"));
			if (table != null) {
				table.primaryKeyName = rows.getString("PK_NAME");
				table.primaryKeyColumns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
				table.constraintIndexes.add(table.primaryKeyName);
			}
		});
	}

	private void readForeignKeys() throws SQLException {
		readKeys((table) -> this.metaData.getImportedKeys(this.catalog, this.schema, table), (rows) -> {
			Parts table = this.tables.get(rows.getString("FKTABLE_NAME"));
			if (table == null) {
				return;
			}
			String name = rows.getString("FK_NAME");
			String referencedTable = referencedTable(rows);
			ForeignKeyParts key = table.foreignKeys.computeIfAbsent((name != null) ? name : referencedTable,
					(ignored) -> new ForeignKeyParts(name, referencedTable));
			key.columns.put(rows.getInt("KEY_SEQ"), new String[] { rows.getString("FKCOLUMN_NAME"),
					rows.getString("PKCOLUMN_NAME") });
			key.onDelete = rule(rows, "DELETE_RULE");
			key.onUpdate = rule(rows, "UPDATE_RULE");
			if (this.databaseCatalog.foreignKeysHaveIndexes()) {
				table.constraintIndexes.add(name);
			}
		});
	}

	private void readUniqueConstraints() throws SQLException {
		String uniqueConstraints = this.databaseCatalog.uniqueConstraintsQuery();
		if (uniqueConstraints == null) {
			return;
		}
		query(uniqueConstraints, (rows) -> {
			Parts table = this.tables.get(rows.getString(1));
			if (table != null) {
				String name = rows.getString(2);
				table.uniqueConstraints.computeIfAbsent(name, (ignored) -> new ArrayList<>()).add(rows.getString(3));
				table.constraintIndexes.add(name);
			}
		});
	}

	private void readCheckConstraints() throws SQLException {
		RowReader reader = (rows) -> {
			Parts table = this.tables.get(rows.getString(1));
			if (table != null) {
				String expression = WHITESPACE.matcher(rows.getString(3).trim()).replaceAll(" ");
				if (expression.startsWith("CHECK ")) {
					expression = expression.substring("CHECK ".length());
				}
				table.checkConstraints.add(new CheckConstraintSnapshot(stable(rows.getString(2)), expression));
			}
		};
		List<String> queries = this.databaseCatalog.checkConstraintsQueries();
		if (queries.isEmpty()) {
			warnOfNoChecks();
			return;
		}
		for (int i = 0; i < queries.size(); i++) {
			try {
				query(queries.get(i), reader);
				return;
			}
			catch (SQLException ex) {
				if (i == queries.size() - 1) {
					throw ex;
				}
			}
		}
	}

	/** Says, once for each kind of catalog, that snapshots of its database leave check constraints out. */
	private void warnOfNoChecks() throws SQLException {
		if (warnedOfNoChecks.add(this.databaseCatalog.getClass().getName())) {
			logger.warn("Snapshots of {} leave check constraints out: its catalog ({}) cannot read them, so a round "
					+ "trip does not compare them", this.metaData.getDatabaseProductName(),
					this.databaseCatalog.getClass().getName());
		}
	}

	/** Where the indexes behind constraints have names of their own (H2), which the constraints name. */
	private void readConstraintIndexes() throws SQLException {
		String constraintIndexes = this.databaseCatalog.constraintIndexesQuery();
		if (constraintIndexes != null) {
			query(constraintIndexes, (rows) -> {
				Parts table = this.tables.get(rows.getString(1));
				if (table != null) {
					table.constraintIndexes.add(rows.getString(2));
				}
			});
		}
	}

	/** The indexes of every table read: in one query where the catalog allows it, else one metadata call a table. */
	private void readIndexes() throws SQLException {
		String sql = this.databaseCatalog.indexesQuery();
		if (sql == null || this.onlyTable != null) {
			for (Parts table : this.tables.values()) {
				readIndexes(table);
			}
			return;
		}
		query(sql, (rows) -> {
			Parts table = this.tables.get(rows.getString(1));
			String name = rows.getString(2);
			if (table == null || table.constraintIndexes.contains(name)) {
				return;
			}
			IndexParts index = table.indexes.computeIfAbsent(name, IndexParts::new);
			index.unique = rows.getBoolean(3);
			index.columns.put(rows.getInt(5), rows.getString(4));
		});
	}

	private void readIndexes(Parts table) throws SQLException {
		try (ResultSet rows = this.metaData.getIndexInfo(this.catalog, this.schema, table.name, false, true)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				String column = rows.getString("COLUMN_NAME");
				if (name == null || column == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
						|| table.constraintIndexes.contains(name)) {
					continue;
				}
				IndexParts index = table.indexes.computeIfAbsent(name, IndexParts::new);
				index.unique = !rows.getBoolean("NON_UNIQUE");
				index.columns.put(rows.getInt("ORDINAL_POSITION"), column);
			}
		}
	}

	/** Runs a key query once for the whole schema where the driver allows it, else once per table. */
	private void readKeys(TableQuery query, RowReader reader) throws SQLException {
		List<@Nullable String> calls = new ArrayList<>();
		if (this.databaseCatalog.readsKeysOfWholeSchema() && this.onlyTable == null) {
			calls.add(null);
		}
		else {
			calls.addAll(this.tables.keySet());
		}
		for (String table : calls) {
			try (ResultSet rows = query.run(table)) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	private void query(String sql, RowReader reader) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.schemaName);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	private String referencedTable(ResultSet rows) throws SQLException {
		String table = rows.getString("PKTABLE_NAME");
		String schema = rows.getString(this.databaseCatalog.schemaIsCatalog() ? "PKTABLE_CAT" : "PKTABLE_SCHEM");
		return (schema == null || schema.equals(this.schemaName)) ? table : schema + "." + table;
	}

	private @Nullable String stable(@Nullable String name) {
		return (name != null && this.databaseCatalog.isGeneratedName(name)) ? null : name;
	}

	/** A schema name as a metadata pattern, its wildcards escaped: test schemas have underscores. */
	private @Nullable String pattern(@Nullable String name) throws SQLException {
		String escape = this.metaData.getSearchStringEscape();
		if (name == null || escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

	private static @Nullable Integer integer(ResultSet rows, String column) throws SQLException {
		int value = rows.getInt(column);
		return rows.wasNull() ? null : value;
	}

	private static @Nullable String defaultValue(@Nullable String value) {
		String trimmed = (value != null) ? value.trim() : "";
		return (trimmed.isEmpty() || NULL_DEFAULT.matcher(trimmed).matches()) ? null : trimmed;
	}

	private static String rule(ResultSet rows, String column) throws SQLException {
		int rule = rows.getInt(column);
		if (rows.wasNull()) {
			return "NO ACTION";
		}
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "CASCADE";
			case DatabaseMetaData.importedKeySetNull -> "SET NULL";
			case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
			case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
			default -> "NO ACTION";
		};
	}

	/** A table as it is being read. */
	private final class Parts {

		final String name;

		final SortedMap<Integer, ColumnSnapshot> columns = new TreeMap<>();

		@Nullable String primaryKeyName;

		final SortedMap<Integer, String> primaryKeyColumns = new TreeMap<>();

		final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();

		final Map<String, List<String>> uniqueConstraints = new LinkedHashMap<>();

		final Map<String, IndexParts> indexes = new LinkedHashMap<>();

		final List<CheckConstraintSnapshot> checkConstraints = new ArrayList<>();

		/** Names of indexes that back a constraint, and so are not listed as indexes. */
		final Set<@Nullable String> constraintIndexes = new HashSet<>();

		Parts(String name) {
			this.name = name;
		}

		TableSnapshot toSnapshot() {
			PrimaryKeySnapshot primaryKey = this.primaryKeyColumns.isEmpty() ? null
					: new PrimaryKeySnapshot(stable(this.primaryKeyName), List.copyOf(this.primaryKeyColumns.values()));
			return new TableSnapshot(this.name, List.copyOf(this.columns.values()), primaryKey,
					this.foreignKeys.values().stream().map(ForeignKeyParts::toSnapshot).toList(),
					this.uniqueConstraints.entrySet()
						.stream()
						.map((unique) -> new UniqueConstraintSnapshot(stable(unique.getKey()), unique.getValue()))
						.toList(),
					this.indexes.values().stream().map(IndexParts::toSnapshot).toList(), this.checkConstraints);
		}

	}

	/** A foreign key as it is being read. */
	private final class ForeignKeyParts {

		final @Nullable String name;

		final String referencedTable;

		final SortedMap<Integer, String[]> columns = new TreeMap<>();

		String onDelete = "NO ACTION";

		String onUpdate = "NO ACTION";

		ForeignKeyParts(@Nullable String name, String referencedTable) {
			this.name = name;
			this.referencedTable = referencedTable;
		}

		ForeignKeySnapshot toSnapshot() {
			return new ForeignKeySnapshot(stable(this.name), this.columns.values().stream().map((pair) -> pair[0]).toList(),
					this.referencedTable, this.columns.values().stream().map((pair) -> pair[1]).toList(), this.onDelete,
					this.onUpdate);
		}

	}

	/** An index as it is being read. */
	private static final class IndexParts {

		final String name;

		final SortedMap<Integer, String> columns = new TreeMap<>();

		boolean unique;

		IndexParts(String name) {
			this.name = name;
		}

		IndexSnapshot toSnapshot() {
			return new IndexSnapshot(this.name, List.copyOf(this.columns.values()), this.unique);
		}

	}

}

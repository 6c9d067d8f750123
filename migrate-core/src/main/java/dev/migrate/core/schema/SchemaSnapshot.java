package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The tables (not views) of one schema, sorted by name: what {@link SchemaDiff} compares. */
public record SchemaSnapshot(List<TableSnapshot> tables) {

	/** Sorts the tables by name and rejects two tables of the same name. */
	public SchemaSnapshot {
		tables = tables.stream().sorted(Comparator.comparing(TableSnapshot::name)).toList();
		Set<String> names = new HashSet<>();
		for (TableSnapshot table : tables) {
			if (!names.add(table.name())) {
				throw new IllegalArgumentException("Two tables named \"" + table.name() + "\"");
			}
		}
	}

	/** Reads a schema (MySQL/MariaDB: database; null: the connection's current one), without the excluded tables (any case). */
	public static SchemaSnapshot read(Connection connection, @Nullable String schema, Set<String> excludedTables)
			throws SQLException {
		return new SnapshotReader(connection, schema, excludedTables).read();
	}

	/** The table with this name (exact spelling), or null. */
	public @Nullable TableSnapshot table(String name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst().orElse(null);
	}

}

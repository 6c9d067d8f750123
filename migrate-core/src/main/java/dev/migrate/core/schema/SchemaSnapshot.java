package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The tables of one schema, sorted by name, and its other objects (views, functions, triggers,
 * sequences, types, extensions, comments: those the database has), sorted by kind and name: what
 * {@link SchemaDiff} compares.
 */
public record SchemaSnapshot(List<TableSnapshot> tables, List<SchemaObjectSnapshot> objects) {

	/** Sorts tables and objects and rejects two tables, or two objects of one kind, of the same name. */
	public SchemaSnapshot {
		tables = tables.stream().sorted(Comparator.comparing(TableSnapshot::name)).toList();
		Set<String> names = new HashSet<>();
		for (TableSnapshot table : tables) {
			if (!names.add(table.name())) {
				throw new IllegalArgumentException("Two tables named \"" + table.name() + "\"");
			}
		}
		objects = objects.stream().sorted(SchemaObjectSnapshot.ORDER).toList();
		Set<String> labels = new HashSet<>();
		for (SchemaObjectSnapshot object : objects) {
			if (!labels.add(object.label())) {
				throw new IllegalArgumentException("Two objects named " + object.label());
			}
		}
	}

	/** A snapshot of tables alone. */
	public SchemaSnapshot(List<TableSnapshot> tables) {
		this(tables, List.of());
	}

	/** Reads a schema (MySQL/MariaDB: database; null: the connection's current one), without the excluded tables (any case) and their triggers, sequences and comments. */
	public static SchemaSnapshot read(Connection connection, @Nullable String schema, Set<String> excludedTables)
			throws SQLException {
		return read(connection, SnapshotCatalogs.of(connection), schema, excludedTables);
	}

	/** Reads a schema as {@link #read(Connection, String, Set)} does, through a catalog known already (the dialect's). */
	public static SchemaSnapshot read(Connection connection, SnapshotCatalog catalog, @Nullable String schema,
			Set<String> excludedTables) throws SQLException {
		return new SnapshotReader(connection, catalog, schema, excludedTables).read();
	}

	/** The table with this name (exact spelling), or null. */
	public @Nullable TableSnapshot table(String name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst().orElse(null);
	}

	/** The object of this kind and name (exact spelling), or null. */
	public @Nullable SchemaObjectSnapshot object(String kind, String name) {
		return this.objects.stream()
			.filter((object) -> object.kind().equals(kind) && object.name().equals(name))
			.findFirst()
			.orElse(null);
	}

}

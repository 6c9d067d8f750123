package dev.migrate.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The differences between two snapshots, one readable line each in a fixed order (tables by name, then
 * other objects by kind and name); column order is not compared. A changed definition is one
 * difference of three lines: {@code view "v": definition differs}, then {@code   was: ...} and {@code   is: ...}.
 */
public record SchemaDiff(List<String> differences) {

	/** Copies the lines. */
	public SchemaDiff {
		differences = List.copyOf(differences);
	}

	/** What changed from {@code before} to {@code after}. */
	public static SchemaDiff between(SchemaSnapshot before, SchemaSnapshot after) {
		return between(before, after, false);
	}

	/**
	 * What changed from {@code before} to {@code after}, the order of each table's columns too when
	 * {@code columnOrder} is set (a downgrade that adds a dropped column back at the end, say).
	 */
	public static SchemaDiff between(SchemaSnapshot before, SchemaSnapshot after, boolean columnOrder) {
		List<String> lines = new ArrayList<>();
		Map<String, TableSnapshot> beforeTables = byKey(before.tables(), TableSnapshot::name);
		Map<String, TableSnapshot> afterTables = byKey(after.tables(), TableSnapshot::name);
		for (String name : union(beforeTables, afterTables)) {
			TableSnapshot was = beforeTables.get(name);
			TableSnapshot is = afterTables.get(name);
			if (was == null) {
				lines.add("table \"" + name + "\" was added");
			}
			else if (is == null) {
				lines.add("table \"" + name + "\" was removed");
			}
			else {
				compareTables(was, is, lines);
				if (columnOrder) {
					compareColumnOrder(was, is, lines);
				}
			}
		}
		compareObjects(before.objects(), after.objects(), lines);
		return new SchemaDiff(lines);
	}

	/** Whether the two snapshots describe the same schema. */
	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	/** The lines, one per difference. */
	@Override
	public String toString() {
		return String.join("\n", this.differences);
	}

	private static void compareTables(TableSnapshot before, TableSnapshot after, List<String> lines) {
		String prefix = "table \"" + before.name() + "\": ";
		compareColumns(before, after, prefix, lines);
		PrimaryKeySnapshot beforeKey = before.primaryKey();
		PrimaryKeySnapshot afterKey = after.primaryKey();
		if (!Objects.equals(beforeKey, afterKey)) {
			if (afterKey == null) {
				lines.add(prefix + "primary key " + describe(beforeKey) + " was removed");
			}
			else if (beforeKey == null) {
				lines.add(prefix + "primary key " + describe(afterKey) + " was added");
			}
			else {
				lines.add(prefix + "primary key changed " + describe(beforeKey) + " -> " + describe(afterKey));
			}
		}
		compare(before.foreignKeys(), after.foreignKeys(),
				(key) -> identity(key.name(), key.columns()), "foreign key", SchemaDiff::describe, prefix, lines);
		compare(before.uniqueConstraints(), after.uniqueConstraints(),
				(unique) -> identity(unique.name(), unique.columns()), "unique constraint",
				(unique) -> columns(unique.columns()), prefix, lines);
		compare(before.indexes(), after.indexes(), IndexSnapshot::name, "index", SchemaDiff::describe, prefix, lines);
		compare(before.checkConstraints(), after.checkConstraints(),
				(check) -> (check.name() != null) ? check.name() : "(" + check.expression() + ")", "check constraint",
				(check) -> "(" + check.expression() + ")", prefix, lines);
	}

	private static void compareObjects(List<SchemaObjectSnapshot> before, List<SchemaObjectSnapshot> after,
			List<String> lines) {
		Map<String, SchemaObjectSnapshot> was = byKey(before, SchemaObjectSnapshot::label);
		Map<String, SchemaObjectSnapshot> is = byKey(after, SchemaObjectSnapshot::label);
		List<SchemaObjectSnapshot> all = new ArrayList<>(before);
		all.addAll(after);
		all.sort(SchemaObjectSnapshot.ORDER);
		for (String label : all.stream().map(SchemaObjectSnapshot::label).distinct().toList()) {
			SchemaObjectSnapshot old = was.get(label);
			SchemaObjectSnapshot now = is.get(label);
			if (old == null) {
				lines.add(label + " was added");
			}
			else if (now == null) {
				lines.add(label + " was removed");
			}
			else if (!old.equals(now)) {
				compareProperties(old, now, lines);
			}
		}
	}

	/** One line per property that differs; a definition with the two texts in full. */
	private static void compareProperties(SchemaObjectSnapshot before, SchemaObjectSnapshot after, List<String> lines) {
		Set<String> properties = new LinkedHashSet<>(before.properties().keySet());
		properties.addAll(after.properties().keySet());
		for (String property : properties) {
			String was = before.properties().getOrDefault(property, SchemaObjectSnapshot.NONE);
			String is = after.properties().getOrDefault(property, SchemaObjectSnapshot.NONE);
			if (was.equals(is)) {
				continue;
			}
			if (property.equals(SchemaObjectSnapshot.DEFINITION)) {
				lines.add(before.label() + ": definition differs\n  was: " + was + "\n  is: " + is);
			}
			else {
				lines.add(before.label() + ": " + property + " " + was + " -> " + is);
			}
		}
	}

	/** The order of the columns both have, where it differs. */
	private static void compareColumnOrder(TableSnapshot before, TableSnapshot after, List<String> lines) {
		List<String> was = before.columns().stream().map(ColumnSnapshot::name).filter((name) -> after.column(name) != null)
			.toList();
		List<String> is = after.columns().stream().map(ColumnSnapshot::name).filter((name) -> before.column(name) != null)
			.toList();
		if (!was.equals(is)) {
			lines.add("table \"" + before.name() + "\": column order (" + String.join(", ", was) + ") -> ("
					+ String.join(", ", is) + ")");
		}
	}

	private static void compareColumns(TableSnapshot before, TableSnapshot after, String prefix, List<String> lines) {
		for (ColumnSnapshot was : before.columns()) {
			String column = prefix + "column \"" + was.name() + "\" ";
			ColumnSnapshot is = after.column(was.name());
			if (is == null) {
				lines.add(column + "was removed");
				continue;
			}
			if (!was.typeDeclaration().equals(is.typeDeclaration())) {
				lines.add(column + "changed type " + was.typeDeclaration() + " -> " + is.typeDeclaration());
			}
			if (was.nullable() != is.nullable()) {
				lines.add(column + "nullable " + was.nullable() + " -> " + is.nullable());
			}
			if (!Objects.equals(was.defaultValue(), is.defaultValue())) {
				lines.add(column + "default " + orNone(was.defaultValue()) + " -> " + orNone(is.defaultValue()));
			}
		}
		for (ColumnSnapshot is : after.columns()) {
			if (before.column(is.name()) == null) {
				lines.add(prefix + "column \"" + is.name() + "\" was added");
			}
		}
	}

	/** Compares keyed items: each is added, removed, or changed (same key, other content). */
	private static <T> void compare(List<T> before, List<T> after, Function<T, String> key, String kind,
			Function<T, String> describe, String prefix, List<String> lines) {
		Map<String, T> was = byKey(before, key);
		Map<String, T> is = byKey(after, key);
		for (String each : union(was, is)) {
			T old = was.get(each);
			T now = is.get(each);
			if (old == null && now != null) {
				lines.add(prefix + kind + " " + label(now, key) + describe.apply(now) + " was added");
			}
			else if (now == null && old != null) {
				lines.add(prefix + kind + " " + label(old, key) + describe.apply(old) + " was removed");
			}
			else if (old != null && !old.equals(now)) {
				lines.add(prefix + kind + " " + label(old, key) + "changed " + describe.apply(old) + " -> "
						+ describe.apply(now));
			}
		}
	}

	/** The quoted name followed by a space, when the key is a name. */
	private static <T> String label(T item, Function<T, String> key) {
		String identity = key.apply(item);
		return identity.startsWith("(") ? "" : "\"" + identity + "\" ";
	}

	/** A name, or for an unnamed constraint its columns in parentheses (which no name begins with). */
	private static String identity(@Nullable String name, List<String> columns) {
		return (name != null) ? name : columns(columns);
	}

	private static String describe(PrimaryKeySnapshot key) {
		return ((key.name() != null) ? "\"" + key.name() + "\" " : "") + columns(key.columns());
	}

	private static String describe(ForeignKeySnapshot key) {
		return columns(key.columns()) + " references " + key.referencedTable() + " " + columns(key.referencedColumns())
				+ " on delete " + key.onDelete() + " on update " + key.onUpdate();
	}

	private static String describe(IndexSnapshot index) {
		return (index.unique() ? "unique " : "") + columns(index.columns());
	}

	private static String columns(List<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

	private static String orNone(@Nullable String value) {
		return (value != null) ? value : "(none)";
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			map.put(key.apply(item), item);
		}
		return map;
	}

	private static TreeSet<String> union(Map<String, ?> before, Map<String, ?> after) {
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		return keys;
	}

}

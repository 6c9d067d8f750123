package dev.migrate.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A table: columns in ordinal order; keys, unique and check constraints and indexes sorted by name, unnamed
 * last.
 */
public record TableSnapshot(String name, List<ColumnSnapshot> columns, @Nullable PrimaryKeySnapshot primaryKey,
		List<ForeignKeySnapshot> foreignKeys, List<UniqueConstraintSnapshot> uniqueConstraints,
		List<IndexSnapshot> indexes, List<CheckConstraintSnapshot> checkConstraints) {

	private static final Comparator<@Nullable String> NAMES = Comparator.nullsLast(Comparator.naturalOrder());

	/** Checks the name, copies the lists and sorts keys, constraints and indexes. */
	public TableSnapshot {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKeySnapshot::name, NAMES)
			.thenComparing((key) -> key.columns().toString()));
		uniqueConstraints = sorted(uniqueConstraints, Comparator.comparing(UniqueConstraintSnapshot::name, NAMES)
			.thenComparing((unique) -> unique.columns().toString()));
		indexes = sorted(indexes, Comparator.comparing(IndexSnapshot::name));
		checkConstraints = sorted(checkConstraints, Comparator.comparing(CheckConstraintSnapshot::name, NAMES)
			.thenComparing(CheckConstraintSnapshot::expression));
	}

	/** A table without check constraints. */
	public TableSnapshot(String name, List<ColumnSnapshot> columns, @Nullable PrimaryKeySnapshot primaryKey,
			List<ForeignKeySnapshot> foreignKeys, List<UniqueConstraintSnapshot> uniqueConstraints,
			List<IndexSnapshot> indexes) {
		this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, List.of());
	}

	/** The column with this name (exact spelling), or null. */
	public @Nullable ColumnSnapshot column(String columnName) {
		return this.columns.stream().filter((column) -> column.name().equals(columnName)).findFirst().orElse(null);
	}

	private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
		return items.stream().sorted(order).toList();
	}

}

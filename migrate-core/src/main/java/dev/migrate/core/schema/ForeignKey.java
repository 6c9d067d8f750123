package dev.migrate.core.schema;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key: {@code ForeignKey.on("created_by_id").references("user", "id")}, automatically named
 * {@code <table>_<columns>_fkey}; on a column, {@code Column.of(...).references("user", "id")}.
 *
 * @param name the name, or null for the automatic one
 * @param columns the referencing columns; empty on a column, which means that column
 * @param referencedTable the table referenced
 * @param referencedColumns its columns, in the order of {@code columns}
 * @param onDelete what a delete of the referenced row does
 * @param onUpdate what an update of the referenced key does
 */
public record ForeignKey(@Nullable String name, List<String> columns, String referencedTable,
		List<String> referencedColumns, Action onDelete, Action onUpdate) implements Constraint {

	/** What happens to referencing rows when the referenced row is deleted or its key updated. */
	public enum Action {

		NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

		private final String sql;

		Action(String sql) {
			this.sql = sql;
		}

		/** As SQL spells it. */
		public String sql() {
			return this.sql;
		}

	}

	/** Checks the names, and that the columns match the referenced ones. */
	public ForeignKey {
		if (name != null) {
			Names.check(name, "constraint");
		}
		columns = List.copyOf(columns);
		columns.forEach((column) -> Names.check(column, "column"));
		Names.check(referencedTable, "table");
		referencedColumns = List.copyOf(referencedColumns);
		referencedColumns.forEach((column) -> Names.check(column, "column"));
		if (referencedColumns.isEmpty()) {
			throw new IllegalArgumentException("A foreign key names the columns it references");
		}
		if (!columns.isEmpty() && columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException("The foreign key " + columns + " -> " + referencedTable + " "
					+ referencedColumns + " has " + columns.size() + " columns but references " + referencedColumns.size());
		}
		Objects.requireNonNull(onDelete, "onDelete");
		Objects.requireNonNull(onUpdate, "onUpdate");
	}

	/** The referencing columns of a foreign key; {@link Columns#references} completes it. */
	public static Columns on(String... columns) {
		return new Columns(Names.checkAll(columns, "column"));
	}

	/** A foreign key to these columns, for a column: {@code Column.of(...).references(ForeignKey.to("user", "id"))}. */
	public static ForeignKey to(String table, String... columns) {
		return new ForeignKey(null, List.of(), table, Names.checkAll(columns, "column"), Action.NO_ACTION,
				Action.NO_ACTION);
	}

	/** This key with a name. */
	public ForeignKey named(String name) {
		return new ForeignKey(name, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate);
	}

	/** This key with an action on delete. */
	public ForeignKey onDelete(Action action) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, action,
				this.onUpdate);
	}

	/** This key with an action on update. */
	public ForeignKey onUpdate(Action action) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				action);
	}

	@Override
	public Kind kind() {
		return Kind.FOREIGN_KEY;
	}

	@Override
	public ForeignKey onColumns(List<String> columns) {
		return new ForeignKey(this.name, columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate);
	}

	@Override
	public ForeignKey withName(String name) {
		return named(name);
	}

	/**
	 * The referencing columns of a foreign key being declared.
	 *
	 * @param columns the referencing columns
	 */
	public record Columns(List<String> columns) {

		/** The foreign key from these columns to those of {@code table}. */
		public ForeignKey references(String table, String... columns) {
			return new ForeignKey(null, this.columns, table, Names.checkAll(columns, "column"), Action.NO_ACTION,
					Action.NO_ACTION);
		}

	}

}

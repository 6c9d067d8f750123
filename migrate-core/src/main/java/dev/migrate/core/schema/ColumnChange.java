package dev.migrate.core.schema;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Table#alterColumn} changes, any of name, type, nullability and default in one call:
 *
 * <pre>{@code
 * page.alterColumn("summary", (column) -> column.type(Type.varchar(43)).notNull().defaultValue("none"));
 * }</pre>
 *
 * What is not mentioned stays as it is.
 */
public final class ColumnChange {

	private @Nullable String newName;

	private @Nullable Type type;

	private @Nullable Boolean nullable;

	private boolean changesDefault;

	private @Nullable ColumnDefault columnDefault;

	ColumnChange() {
	}

	/** Gives the column a new name. */
	public ColumnChange rename(String newName) {
		this.newName = Names.check(newName, "column");
		return this;
	}

	/** Changes the column's type; the database converts the values. */
	public ColumnChange type(Type type) {
		this.type = type;
		return this;
	}

	/** Makes the column refuse nulls; every row must have a value. */
	public ColumnChange notNull() {
		this.nullable = false;
		return this;
	}

	/** Makes the column accept nulls. */
	public ColumnChange nullable() {
		this.nullable = true;
		return this;
	}

	/** Sets the default: a literal (text, number, boolean) or a {@link ColumnDefault}. */
	public ColumnChange defaultValue(Object value) {
		this.changesDefault = true;
		this.columnDefault = (value instanceof ColumnDefault given) ? given : ColumnDefault.value(value);
		return this;
	}

	/** Sets the default to an SQL expression, used as it is. */
	public ColumnChange defaultExpression(String sql) {
		return defaultValue(ColumnDefault.expression(sql));
	}

	/** Sets the default to the time the row is written. */
	public ColumnChange defaultNow() {
		return defaultValue(ColumnDefault.currentTimestamp());
	}

	/** Removes the default. */
	public ColumnChange dropDefault() {
		this.changesDefault = true;
		this.columnDefault = null;
		return this;
	}

	@Nullable String wantedName() {
		return this.newName;
	}

	@Nullable Type wantedType() {
		return this.type;
	}

	@Nullable Boolean wantedNullable() {
		return this.nullable;
	}

	boolean changesDefault() {
		return this.changesDefault;
	}

	@Nullable ColumnDefault wantedDefault() {
		return this.columnDefault;
	}

}

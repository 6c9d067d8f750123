package dev.migrate.core.schema;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column to add or create, with what may come with it in the same call: a default, a primary key,
 * a unique or check constraint, a foreign key and an index.
 *
 * <pre>{@code
 * Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow()
 * Column.of("created_by_id", Type.INTEGER).references("user", "id").indexed()
 * }</pre>
 *
 * Constraints and indexes without a name get automatic ones ({@code page_created_by_id_fkey},
 * {@code ix_page_created_by_id}) when the column is added to its table. Instances are immutable.
 */
public final class Column implements TableElement {

	private final String name;

	private final Type type;

	private final boolean nullable;

	private final @Nullable ColumnDefault columnDefault;

	private final @Nullable PrimaryKey primaryKey;

	private final @Nullable Unique unique;

	private final @Nullable Check check;

	private final @Nullable ForeignKey foreignKey;

	private final @Nullable Index index;

	private Column(String name, Type type, boolean nullable, @Nullable ColumnDefault columnDefault,
			@Nullable PrimaryKey primaryKey, @Nullable Unique unique, @Nullable Check check,
			@Nullable ForeignKey foreignKey, @Nullable Index index) {
		this.name = Names.check(name, "column");
		this.type = Objects.requireNonNull(type, "type");
		this.nullable = nullable;
		this.columnDefault = columnDefault;
		this.primaryKey = primaryKey;
		this.unique = unique;
		this.check = check;
		this.foreignKey = foreignKey;
		this.index = index;
	}

	/** A nullable column without a default. */
	public static Column of(String name, Type type) {
		return new Column(name, type, true, null, null, null, null, null, null);
	}

	/** This column, refusing nulls. */
	public Column notNull() {
		return new Column(this.name, this.type, false, this.columnDefault, this.primaryKey, this.unique, this.check,
				this.foreignKey, this.index);
	}

	/** This column, allowing nulls (unless it is the primary key). */
	public Column nullable() {
		return new Column(this.name, this.type, this.primaryKey == null, this.columnDefault, this.primaryKey, this.unique,
				this.check, this.foreignKey, this.index);
	}

	/** This column with a default: a literal (text, number, boolean), or a {@link ColumnDefault}. */
	public Column defaultValue(Object value) {
		ColumnDefault columnDefault = (value instanceof ColumnDefault given) ? given : ColumnDefault.value(value);
		return new Column(this.name, this.type, this.nullable, columnDefault, this.primaryKey, this.unique, this.check,
				this.foreignKey, this.index);
	}

	/** This column with a default written in SQL, used as it is. */
	public Column defaultExpression(String sql) {
		return defaultValue(ColumnDefault.expression(sql));
	}

	/** This column with the time the row is written as its default. */
	public Column defaultNow() {
		return defaultValue(ColumnDefault.currentTimestamp());
	}

	/** This column as the table's primary key, automatically named; it refuses nulls. */
	public Column primaryKey() {
		return withPrimaryKey(new PrimaryKey(null, List.of()));
	}

	/** This column as the table's primary key, with the key's name. */
	public Column primaryKey(String constraintName) {
		return withPrimaryKey(new PrimaryKey(constraintName, List.of()));
	}

	/** This column with a unique constraint, automatically named. */
	public Column unique() {
		return withUnique(new Unique(null, List.of()));
	}

	/** This column with a unique constraint of this name. */
	public Column unique(String constraintName) {
		return withUnique(new Unique(constraintName, List.of()));
	}

	/** This column with a check constraint, automatically named. */
	public Column check(String expression) {
		return withCheck(new Check(null, List.of(), expression));
	}

	/** This column with a check constraint of this name. */
	public Column check(String constraintName, String expression) {
		return withCheck(new Check(constraintName, List.of(), expression));
	}

	/** This column referencing a column of another table, with an automatically named foreign key. */
	public Column references(String table, String column) {
		return references(ForeignKey.to(table, column));
	}

	/** This column with a foreign key: {@code references(ForeignKey.to("user", "id").onDelete(CASCADE))}. */
	public Column references(ForeignKey key) {
		if (!key.columns().isEmpty() && !key.columns().equals(List.of(this.name))) {
			throw new IllegalArgumentException("The foreign key of column " + this.name + " is on " + key.columns()
					+ ": declare a key on other columns with Table.addConstraint");
		}
		if (key.referencedColumns().size() != 1) {
			throw new IllegalArgumentException("The foreign key of column " + this.name + " references "
					+ key.referencedColumns().size() + " columns: a column references one");
		}
		return new Column(this.name, this.type, this.nullable, this.columnDefault, this.primaryKey, this.unique,
				this.check, key.onColumns(List.of()), this.index);
	}

	/** This column with an index, automatically named {@code ix_<table>_<column>}. */
	public Column indexed() {
		return withIndex(new Index(null, List.of(this.name), false));
	}

	/** This column with an index of this name. */
	public Column indexed(String indexName) {
		return withIndex(new Index(indexName, List.of(this.name), false));
	}

	public String name() {
		return this.name;
	}

	public Type type() {
		return this.type;
	}

	public boolean isNullable() {
		return this.nullable;
	}

	/** The default, or null for none. */
	public @Nullable ColumnDefault columnDefault() {
		return this.columnDefault;
	}

	/** The primary key declared on this column (with no columns of its own), or null. */
	public @Nullable PrimaryKey primaryKeyConstraint() {
		return this.primaryKey;
	}

	/** The unique constraint declared on this column (with no columns of its own), or null. */
	public @Nullable Unique uniqueConstraint() {
		return this.unique;
	}

	/** The check constraint declared on this column (with no columns of its own), or null. */
	public @Nullable Check checkConstraint() {
		return this.check;
	}

	/** The foreign key declared on this column (with no columns of its own), or null. */
	public @Nullable ForeignKey foreignKey() {
		return this.foreignKey;
	}

	/** The index declared on this column, or null. */
	public @Nullable Index index() {
		return this.index;
	}

	/** The constraints declared on this column, as constraints on it. */
	public List<Constraint> constraints() {
		List<Constraint> constraints = new java.util.ArrayList<>();
		for (Constraint constraint : new Constraint[] { this.primaryKey, this.unique, this.check, this.foreignKey }) {
			if (constraint != null) {
				constraints.add(constraint.onColumns(List.of(this.name)));
			}
		}
		return constraints;
	}

	/** This column's own definition (name, type, nullability, default) under another name, without constraints or index. */
	public Column definitionOnly(String newName) {
		return new Column(newName, this.type, this.nullable, this.columnDefault, null, null, null, null, null);
	}

	private Column withPrimaryKey(PrimaryKey key) {
		return new Column(this.name, this.type, false, this.columnDefault, key, this.unique, this.check,
				this.foreignKey, this.index);
	}

	private Column withUnique(Unique constraint) {
		return new Column(this.name, this.type, this.nullable, this.columnDefault, this.primaryKey, constraint,
				this.check, this.foreignKey, this.index);
	}

	private Column withCheck(Check constraint) {
		return new Column(this.name, this.type, this.nullable, this.columnDefault, this.primaryKey, this.unique,
				constraint, this.foreignKey, this.index);
	}

	private Column withIndex(Index index) {
		return new Column(this.name, this.type, this.nullable, this.columnDefault, this.primaryKey, this.unique,
				this.check, this.foreignKey, index);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Column column && this.name.equals(column.name) && this.type.equals(column.type)
				&& this.nullable == column.nullable && Objects.equals(this.columnDefault, column.columnDefault)
				&& Objects.equals(this.primaryKey, column.primaryKey) && Objects.equals(this.unique, column.unique)
				&& Objects.equals(this.check, column.check) && Objects.equals(this.foreignKey, column.foreignKey)
				&& Objects.equals(this.index, column.index);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.type, this.nullable, this.columnDefault, this.primaryKey, this.unique,
				this.check, this.foreignKey, this.index);
	}

	@Override
	public String toString() {
		return this.name + " " + this.type + (this.nullable ? "" : " not null")
				+ ((this.columnDefault != null) ? " default " + this.columnDefault : "");
	}

}

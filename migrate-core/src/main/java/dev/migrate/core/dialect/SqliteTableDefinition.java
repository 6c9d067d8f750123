package dev.migrate.core.dialect;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.schema.Check;
import dev.migrate.core.schema.CheckConstraintSnapshot;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.Constraint;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.PrimaryKey;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * A SQLite table's definition as read, with a change made to it, written back as the elements of the
 * {@code CREATE TABLE} of its rebuild: its columns, then its constraints.
 */
final class SqliteTableDefinition {

	/** A constraint as it is to be written, with what it is known by: its name, its columns or its expression. */
	private record Part(@Nullable String name, Constraint.Kind kind, String sql, List<String> columns,
			@Nullable String expression) {

	}

	private final SqliteDdlRenderer renderer;

	private final String name;

	private final List<ColumnSnapshot> columns;

	/** The columns whose rows are copied: those of the old table that stay. */
	private final List<String> copied = new ArrayList<>();

	/** The column definitions as they are to be written, in order. */
	private final List<String> columnSql = new ArrayList<>();

	private final List<Part> constraints = new ArrayList<>();

	SqliteTableDefinition(SqliteDdlRenderer renderer, TableSnapshot table) {
		this.renderer = renderer;
		this.name = table.name();
		this.columns = new ArrayList<>(table.columns());
		for (ColumnSnapshot column : this.columns) {
			this.copied.add(column.name());
			this.columnSql.add(column(column.name(), column.typeDeclaration(), column.nullable(), column.defaultValue()));
		}
		PrimaryKeySnapshot key = table.primaryKey();
		if (key != null) {
			this.constraints.add(new Part(key.name(), Constraint.Kind.PRIMARY_KEY,
					named(key.name()) + "PRIMARY KEY " + renderer.columns(key.columns()), key.columns(), null));
		}
		for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
			this.constraints.add(new Part(unique.name(), Constraint.Kind.UNIQUE,
					named(unique.name()) + "UNIQUE " + renderer.columns(unique.columns()), unique.columns(), null));
		}
		for (ForeignKeySnapshot foreignKey : table.foreignKeys()) {
			// a reference to the referenced table's primary key names no columns
			List<String> referenced = foreignKey.referencedColumns().stream().anyMatch(String::isEmpty) ? List.of()
					: foreignKey.referencedColumns();
			this.constraints.add(new Part(foreignKey.name(), Constraint.Kind.FOREIGN_KEY,
					named(foreignKey.name()) + "FOREIGN KEY " + renderer.columns(foreignKey.columns()) + " REFERENCES "
							+ renderer.quote(foreignKey.referencedTable())
							+ (referenced.isEmpty() ? "" : " " + renderer.columns(referenced))
							+ (foreignKey.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + foreignKey.onDelete())
							+ (foreignKey.onUpdate().equals("NO ACTION") ? "" : " ON UPDATE " + foreignKey.onUpdate()),
					foreignKey.columns(), null));
		}
		for (CheckConstraintSnapshot check : table.checkConstraints()) {
			this.constraints.add(new Part(check.name(), Constraint.Kind.CHECK,
					named(check.name()) + "CHECK (" + check.expression() + ")", List.of(), check.expression()));
		}
	}

	String name() {
		return this.name;
	}

	/** The columns whose rows the rebuild copies. */
	List<String> copied() {
		return List.copyOf(this.copied);
	}

	/** Changes a column's type, nullability or default, where they are given (a null default drops it). */
	void alter(String column, @Nullable String type, @Nullable Boolean nullable, boolean changesDefault,
			@Nullable String defaultSql) {
		int index = indexOf(column);
		ColumnSnapshot current = this.columns.get(index);
		this.columnSql.set(index, column(current.name(), (type != null) ? type : current.typeDeclaration(),
				(nullable != null) ? nullable : current.nullable(), changesDefault ? defaultSql : current.defaultValue()));
	}

	/** Adds a column at the end, written as {@code sql}; its rows get its default. */
	void addColumn(String sql) {
		this.columnSql.add(sql);
	}

	/** Adds a constraint, written as {@code sql}; a primary key takes the place of the one there was. */
	void add(String sql, Constraint constraint) {
		if (constraint instanceof PrimaryKey) {
			this.constraints.removeIf((part) -> part.kind() == Constraint.Kind.PRIMARY_KEY);
		}
		this.constraints.add(new Part(constraint.name(), constraint.kind(), sql, constraint.columns(),
				(constraint instanceof Check check) ? check.expression() : null));
	}

	/** Drops a constraint by its name; an unnamed unique constraint by the columns of its index, named so. */
	void drop(String constraint, Constraint.Kind kind, List<String> indexColumns) {
		boolean removed = this.constraints.removeIf((part) -> part.kind() == kind
				&& (kind == Constraint.Kind.PRIMARY_KEY || constraint.equalsIgnoreCase(String.valueOf(part.name()))
						|| (part.name() == null && !indexColumns.isEmpty() && indexColumns.equals(part.columns()))));
		if (!removed) {
			throw new IllegalArgumentException("Table " + this.name + " has no " + kind.words() + " " + constraint);
		}
	}

	/** Drops a column and the constraints on it or mentioning it. */
	void dropColumn(String column) {
		int index = indexOf(column);
		this.columns.remove(index);
		this.columnSql.remove(index);
		this.copied.remove(index);
		this.constraints.removeIf((part) -> (part.expression() != null)
				? SqliteDdlRenderer.mentions(part.expression(), column) : SqliteDdlRenderer.contains(part.columns(), column));
	}

	/** The elements of the rebuild's {@code CREATE TABLE}: columns, then constraints. */
	List<String> elements() {
		List<String> elements = new ArrayList<>(this.columnSql);
		this.constraints.forEach((part) -> elements.add(part.sql()));
		return elements;
	}

	private String named(@Nullable String constraint) {
		return (constraint != null) ? "CONSTRAINT " + this.renderer.quote(constraint) + " " : "";
	}

	private String column(String column, String type, boolean nullable, @Nullable String defaultSql) {
		return this.renderer.quote(column) + (type.isEmpty() ? "" : " " + type)
				+ ((defaultSql != null) ? " DEFAULT " + defaultSql : "") + (nullable ? "" : " NOT NULL");
	}

	private int indexOf(String column) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).name().equalsIgnoreCase(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Table " + this.name + " has no column " + column);
	}

}

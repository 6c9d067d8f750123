package dev.migrate.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One change to a schema, as a {@link DdlRenderer} turns it into SQL. The changeset API builds them from
 * what a changeset says: names are checked and in the case the database stores them, constraints and
 * indexes are named, and a column's constraints come as changes of their own.
 */
public sealed interface SchemaChange {

	/** What the change does, in words, for messages: "add column page.ctime". */
	String describe();

	/** The tables the change alters; empty when it cannot be told (raw SQL). */
	List<String> tables();

	/** A change of one table. */
	sealed interface OnTable extends SchemaChange {

		/** The table changed. */
		String table();

		@Override
		default List<String> tables() {
			return List.of(table());
		}

	}

	/**
	 * Creates a table.
	 * @param table the table
	 * @param columns the columns' own definitions
	 * @param constraints the table's constraints, named
	 */
	record CreateTable(String table, List<Column> columns, List<Constraint> constraints) implements OnTable {

		public CreateTable {
			columns = List.copyOf(columns);
			constraints = List.copyOf(constraints);
		}

		@Override
		public String describe() {
			return "create table " + this.table;
		}

	}

	/** Drops a table. */
	record DropTable(String table) implements OnTable {

		@Override
		public String describe() {
			return "drop table " + this.table;
		}

	}

	/** Renames a table. */
	record RenameTable(String table, String newName) implements SchemaChange {

		@Override
		public String describe() {
			return "rename table " + this.table + " to " + this.newName;
		}

		@Override
		public List<String> tables() {
			return List.of(this.table, this.newName);
		}

	}

	/** Adds a column (its own definition: name, type, nullability, default). */
	record AddColumn(String table, Column column) implements OnTable {

		@Override
		public String describe() {
			return "add column " + this.table + "." + this.column.name();
		}

	}

	/** Drops a column. */
	record DropColumn(String table, String column) implements OnTable {

		@Override
		public String describe() {
			return "drop column " + this.table + "." + this.column;
		}

	}

	/** Renames a column. */
	record RenameColumn(String table, String column, String newName) implements OnTable {

		@Override
		public String describe() {
			return "rename column " + this.table + "." + this.column + " to " + this.newName;
		}

	}

	/**
	 * Changes a column's type, nullability or default; what is null (or, for the default, not changed)
	 * stays as it is.
	 * @param table the table
	 * @param column the column
	 * @param type the new type, or null
	 * @param nullable the new nullability, or null
	 * @param changesDefault whether the default changes
	 * @param columnDefault the new default when it changes; null to drop it
	 * @param current the column as it is before the change, when it was read (MySQL restates the whole
	 * column to change any of it)
	 */
	record AlterColumn(String table, String column, @Nullable Type type, @Nullable Boolean nullable,
			boolean changesDefault, @Nullable ColumnDefault columnDefault, @Nullable ColumnState current)
			implements OnTable {

		@Override
		public String describe() {
			List<String> what = new ArrayList<>();
			if (this.type != null) {
				what.add("type " + this.type);
			}
			if (this.nullable != null) {
				what.add(this.nullable ? "null" : "not null");
			}
			if (this.changesDefault) {
				what.add((this.columnDefault != null) ? "default" : "no default");
			}
			return "alter column " + this.table + "." + this.column + " (" + String.join(", ", what) + ")";
		}


		/** The same change, with the column's current definition. */
		public AlterColumn withCurrent(ColumnState current) {
			return new AlterColumn(this.table, this.column, this.type, this.nullable, this.changesDefault,
					this.columnDefault, current);
		}

	}

	/**
	 * A column as it is in the database.
	 * @param type its type, as the database spells it
	 * @param nullable whether it accepts nulls
	 * @param defaultExpression its default, as the database reports it (an SQL expression), or null
	 */
	record ColumnState(String type, boolean nullable, @Nullable String defaultExpression) {

		public ColumnState {
			Objects.requireNonNull(type, "type");
		}

	}

	/** Creates an index (named). */
	record CreateIndex(String table, Index index) implements OnTable {

		public CreateIndex {
			Objects.requireNonNull(index.name(), "the index is named");
		}

		@Override
		public String describe() {
			return "create " + (this.index.isUnique() ? "unique " : "") + "index " + this.index.name() + " on " + this.table;
		}

	}

	/** Drops an index. */
	record DropIndex(String table, String name) implements OnTable {

		@Override
		public String describe() {
			return "drop index " + this.name + " on " + this.table;
		}

	}

	/** Renames an index. */
	record RenameIndex(String table, String name, String newName) implements OnTable {

		@Override
		public String describe() {
			return "rename index " + this.name + " on " + this.table + " to " + this.newName;
		}

	}

	/** Adds a constraint (named). */
	record AddConstraint(String table, Constraint constraint) implements OnTable {

		public AddConstraint {
			Objects.requireNonNull(constraint.name(), "the constraint is named");
		}

		@Override
		public String describe() {
			return "add " + this.constraint.kind().words() + " " + this.constraint.name() + " on " + this.table;
		}

	}

	/**
	 * Drops a constraint.
	 * @param table the table
	 * @param name the constraint's name
	 * @param kind its kind (MySQL drops each kind its own way)
	 * @param dropsIndex for a foreign key on MySQL, whether the index of the same name that MySQL made for
	 * the key goes too; null when not known
	 */
	record DropConstraint(String table, String name, Constraint.Kind kind, @Nullable Boolean dropsIndex)
			implements OnTable {

		@Override
		public String describe() {
			return "drop " + this.kind.words() + " " + this.name + " on " + this.table;
		}

	}

	/** Runs SQL as it is. */
	record ExecuteSql(String sql) implements SchemaChange {

		@Override
		public String describe() {
			return "raw SQL";
		}

		@Override
		public List<String> tables() {
			return List.of();
		}

	}

	/** Runs a parameterised data change ({@code ?} placeholders). */
	record UpdateData(String sql, List<@Nullable Object> parameters) implements SchemaChange {

		public UpdateData {
			parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
		}

		@Override
		public String describe() {
			return "data update";
		}

		@Override
		public List<String> tables() {
			return List.of();
		}

	}

}

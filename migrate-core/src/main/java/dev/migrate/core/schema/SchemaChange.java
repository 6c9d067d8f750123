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
 *
 * <p>Each change knows how it is undone ({@link #inverse}), as Alembic's operations do; a derived
 * downgrade is the reversed list of inverses. Each change is dispatched to a {@link Visitor} (a
 * renderer), so that a new kind of change is a compile error in every renderer, not a runtime cast.
 */
public sealed interface SchemaChange {

	/** What the change does, in words, for messages: "add column page.ctime". */
	String describe();

	/** The tables the change alters; empty when it cannot be told (raw SQL). */
	List<String> tables();

	/**
	 * How the change is undone, from what it says and from what the database had before it ran (a column's
	 * definition before it is altered is in {@link AlterColumn#current()}; {@code before} tells whether the
	 * database could be read at all).
	 * @param before the definitions of the tables before the change runs
	 */
	Reversal inverse(TableDefinitions before);

	/** Hands the change to the visitor's method for its kind. */
	<R, P> R accept(Visitor<R, P> visitor, P parameter);

	/**
	 * One method per kind of change. A renderer implements it; a new kind of change adds a method here,
	 * which each renderer then has to implement.
	 * @param <R> what a visit returns (a renderer: the statements)
	 * @param <P> what a visit is given (a renderer: the tables' definitions)
	 */
	interface Visitor<R, P> {

		R createTable(CreateTable change, P parameter);

		R dropTable(DropTable change, P parameter);

		R renameTable(RenameTable change, P parameter);

		R addColumn(AddColumn change, P parameter);

		R dropColumn(DropColumn change, P parameter);

		R renameColumn(RenameColumn change, P parameter);

		R alterColumn(AlterColumn change, P parameter);

		R createIndex(CreateIndex change, P parameter);

		R dropIndex(DropIndex change, P parameter);

		R renameIndex(RenameIndex change, P parameter);

		R addConstraint(AddConstraint change, P parameter);

		R dropConstraint(DropConstraint change, P parameter);

		R executeSql(ExecuteSql change, P parameter);

		R updateData(UpdateData change, P parameter);

	}

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

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new DropTable(this.table));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.createTable(this, parameter);
		}

	}

	/** Drops a table. */
	record DropTable(String table) implements OnTable {

		@Override
		public String describe() {
			return "drop table " + this.table;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.irreversible(describe());
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.dropTable(this, parameter);
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

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new RenameTable(this.newName, this.table));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.renameTable(this, parameter);
		}

	}

	/** Adds a column (its own definition: name, type, nullability, default). */
	record AddColumn(String table, Column column) implements OnTable {

		@Override
		public String describe() {
			return "add column " + this.table + "." + this.column.name();
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new DropColumn(this.table, this.column.name()));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.addColumn(this, parameter);
		}

	}

	/** Drops a column. */
	record DropColumn(String table, String column) implements OnTable {

		@Override
		public String describe() {
			return "drop column " + this.table + "." + this.column;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.irreversible(describe());
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.dropColumn(this, parameter);
		}

	}

	/** Renames a column. */
	record RenameColumn(String table, String column, String newName) implements OnTable {

		@Override
		public String describe() {
			return "rename column " + this.table + "." + this.column + " to " + this.newName;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new RenameColumn(this.table, this.newName, this.column));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.renameColumn(this, parameter);
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
	 * column to change any of it; the inverse alters the column back to it)
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

		/** Alters the column back to its definition before the change, in what the change changes. */
		@Override
		public Reversal inverse(TableDefinitions before) {
			ColumnState was = this.current;
			if (was == null) {
				return Reversal.needsDefinition(describe() + " is undone from the column's definition read when "
						+ "it ran, and none was recorded (did the upgrade run on this database?)");
			}
			String defaultExpression = was.defaultExpression();
			return Reversal.by(new AlterColumn(this.table, this.column, (this.type != null) ? Type.raw(was.type()) : null,
					(this.nullable != null) ? was.nullable() : null, this.changesDefault,
					(this.changesDefault && defaultExpression != null) ? ColumnDefault.expression(defaultExpression) : null,
					was));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.alterColumn(this, parameter);
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

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new DropIndex(this.table, String.valueOf(this.index.name())));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.createIndex(this, parameter);
		}

	}

	/**
	 * Drops an index.
	 * @param table the table
	 * @param name the index's name
	 * @param dropped the index as the changeset described it, to create it again; null when it gave the
	 * name only
	 */
	record DropIndex(String table, String name, @Nullable Index dropped) implements OnTable {

		/** Drops an index by its name only: it cannot be created again from what the change says. */
		public DropIndex(String table, String name) {
			this(table, name, null);
		}

		@Override
		public String describe() {
			return "drop index " + this.name + " on " + this.table;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return (this.dropped != null) ? Reversal.by(new CreateIndex(this.table, this.dropped))
					: Reversal.irreversible("drop index " + this.name);
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.dropIndex(this, parameter);
		}

	}

	/** Renames an index. */
	record RenameIndex(String table, String name, String newName) implements OnTable {

		@Override
		public String describe() {
			return "rename index " + this.name + " on " + this.table + " to " + this.newName;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.by(new RenameIndex(this.table, this.newName, this.name));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.renameIndex(this, parameter);
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

		/**
		 * Drops the constraint again. A primary key may have made its columns NOT NULL (the changeset API
		 * alters them first where the database needs it): it is undone only where their definitions could
		 * be read. A foreign key's drop tells, when it runs, whether MySQL made an index for it.
		 */
		@Override
		public Reversal inverse(TableDefinitions before) {
			String name = String.valueOf(this.constraint.name());
			if (this.constraint.kind() == Constraint.Kind.PRIMARY_KEY && !before.canRead(this.table)) {
				return Reversal.needsDefinition("add primary key " + name + " on " + this.table + " may make its "
						+ "columns NOT NULL, which is undone from their definitions read when it ran, and none was recorded");
			}
			return Reversal.by(new DropConstraint(this.table, name, this.constraint.kind(), null, this.constraint));
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.addConstraint(this, parameter);
		}

	}

	/**
	 * Drops a constraint.
	 * @param table the table
	 * @param name the constraint's name
	 * @param kind its kind (MySQL drops each kind its own way)
	 * @param dropsIndex for a foreign key on MySQL, whether the index of the same name that MySQL made for
	 * the key goes too; null when not known
	 * @param dropped the constraint as the changeset described it, to add it again; null when it gave the
	 * name only
	 */
	record DropConstraint(String table, String name, Constraint.Kind kind, @Nullable Boolean dropsIndex,
			@Nullable Constraint dropped) implements OnTable {

		/** Drops a constraint by its name only: it cannot be added again from what the change says. */
		public DropConstraint(String table, String name, Constraint.Kind kind, @Nullable Boolean dropsIndex) {
			this(table, name, kind, dropsIndex, null);
		}

		@Override
		public String describe() {
			return "drop " + this.kind.words() + " " + this.name + " on " + this.table;
		}

		@Override
		public Reversal inverse(TableDefinitions before) {
			return (this.dropped != null) ? Reversal.by(new AddConstraint(this.table, this.dropped))
					: Reversal.irreversible(describe());
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.dropConstraint(this, parameter);
		}

		/** The same drop, knowing whether the index MySQL made for a foreign key goes too. */
		public DropConstraint withDropsIndex(boolean dropsIndex) {
			return new DropConstraint(this.table, this.name, this.kind, dropsIndex, this.dropped);
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

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.irreversible(describe());
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.executeSql(this, parameter);
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

		@Override
		public Reversal inverse(TableDefinitions before) {
			return Reversal.irreversible("a data update");
		}

		@Override
		public <R, P> R accept(Visitor<R, P> visitor, P parameter) {
			return visitor.updateData(this, parameter);
		}

	}

}

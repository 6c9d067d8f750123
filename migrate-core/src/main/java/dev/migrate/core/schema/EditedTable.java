package dev.migrate.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.ColumnState;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.RenameColumn;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.SchemaChange.RenameTable;

/** A table of a {@link SchemaEditor}: each method is one call, made of the changes it hands the editor. */
final class EditedTable implements Table {

	private final SchemaEditor editor;

	private final DatabaseNames names;

	private final String name;

	EditedTable(SchemaEditor editor, String name) {
		this.editor = editor;
		this.names = editor.names();
		this.name = name;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Table addColumn(Column column) {
		List<SchemaChange> changes = new ArrayList<>();
		changes.add(new AddColumn(this.name, this.names.definition(column)));
		if (column.index() != null) {
			changes.add(new CreateIndex(this.name, this.names.index(this.name, column.index(), column.name())));
		}
		for (Constraint declared : column.constraints()) {
			changes.add(new AddConstraint(this.name, this.names.constraint(this.name, declared, List.of(column.name()))));
		}
		this.editor.call(changes);
		return this;
	}

	@Override
	public Table dropColumn(String column) {
		String folded = this.names.fold(column, "column");
		List<SchemaChange> changes = new ArrayList<>();
		TableDefinitions definitions = this.editor.definitions();
		if (definitions.canRead(this.name)) {
			TableSnapshot table = definitions.table(this.name);
			folded = TableDefinitions.column(table, folded).name();
			changes.addAll(dropsWith(table, folded));
		}
		changes.add(new DropColumn(this.name, folded));
		this.editor.call(changes);
		return this;
	}

	/**
	 * What goes with a column: its foreign keys (dropped first, for MySQL), and the indexes, keys and
	 * checks it shares with other columns (which H2 and MySQL would refuse or shrink, and PostgreSQL drops).
	 */
	private List<SchemaChange> dropsWith(TableSnapshot table, String column) {
		List<SchemaChange> drops = new ArrayList<>();
		for (ForeignKeySnapshot key : table.foreignKeys()) {
			if (key.name() != null && contains(key.columns(), column)) {
				drops.add(new DropConstraint(this.name, key.name(), Constraint.Kind.FOREIGN_KEY, null));
			}
		}
		PrimaryKeySnapshot primaryKey = table.primaryKey();
		if (primaryKey != null && primaryKey.columns().size() > 1 && contains(primaryKey.columns(), column)) {
			String keyName = (primaryKey.name() != null) ? primaryKey.name() : this.names.primaryKey(this.name);
			drops.add(new DropConstraint(this.name, keyName, Constraint.Kind.PRIMARY_KEY, null));
		}
		for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
			if (unique.name() != null && unique.columns().size() > 1 && contains(unique.columns(), column)) {
				drops.add(new DropConstraint(this.name, unique.name(), Constraint.Kind.UNIQUE, null));
			}
		}
		for (IndexSnapshot index : table.indexes()) {
			if (index.columns().size() > 1 && contains(index.columns(), column)) {
				drops.add(new DropIndex(this.name, index.name()));
			}
		}
		for (CheckConstraintSnapshot check : table.checkConstraints()) {
			if (check.name() != null && mentions(check.expression(), column)) {
				drops.add(new DropConstraint(this.name, check.name(), Constraint.Kind.CHECK, null));
			}
		}
		return drops;
	}

	@Override
	public Table renameColumn(String column, String newName) {
		this.editor.call(List.of(new RenameColumn(this.name, this.names.fold(column, "column"),
				this.names.fold(newName, "column"))));
		return this;
	}

	@Override
	public Table alterColumn(String column, Consumer<ColumnChange> change) {
		String folded = this.names.fold(column, "column");
		ColumnChange wanted = new ColumnChange();
		change.accept(wanted);
		String newName = (wanted.wantedName() != null) ? this.names.fold(wanted.wantedName(), "column") : null;
		boolean altered = wanted.wantedType() != null || wanted.wantedNullable() != null || wanted.changesDefault();
		if (!altered && newName == null) {
			throw new IllegalArgumentException("alterColumn(" + this.name + "." + folded + ") changes nothing");
		}
		List<SchemaChange> changes = new ArrayList<>();
		if (altered) {
			TableDefinitions definitions = this.editor.definitions();
			ColumnState current = (this.editor.readsColumnsBeforeAltering() && definitions.canRead(this.name))
					? definitions.column(this.name, folded) : null;
			changes.add(new AlterColumn(this.name, folded, wanted.wantedType(), wanted.wantedNullable(),
					wanted.changesDefault(), wanted.wantedDefault(), current));
		}
		if (newName != null) {
			changes.add(new RenameColumn(this.name, folded, newName));
		}
		this.editor.call(changes);
		return this;
	}

	@Override
	public Table createIndex(Index index) {
		this.editor.call(List.of(new CreateIndex(this.name, this.names.index(this.name, index, null))));
		return this;
	}

	@Override
	public Table dropIndex(String name) {
		this.editor.call(List.of(new DropIndex(this.name, this.names.fold(name, "index"))));
		return this;
	}

	@Override
	public Table dropIndex(Index index) {
		Index named = this.names.index(this.name, index, null);
		this.editor.call(List.of(new DropIndex(this.name, String.valueOf(named.name()), named)));
		return this;
	}

	@Override
	public Table renameIndex(String name, String newName) {
		this.editor.call(List.of(new RenameIndex(this.name, this.names.fold(name, "index"),
				this.names.fold(newName, "index"))));
		return this;
	}

	/** A primary key's columns are made NOT NULL first where they accept nulls (H2 wants it; the others do it). */
	@Override
	public Table addConstraint(Constraint declared) {
		Constraint constraint = this.names.constraint(this.name, declared, List.of());
		List<SchemaChange> changes = new ArrayList<>();
		TableDefinitions definitions = this.editor.definitions();
		if (constraint instanceof PrimaryKey key && definitions.canRead(this.name)) {
			for (String column : key.columns()) {
				ColumnState current = definitions.column(this.name, column);
				if (current.nullable()) {
					changes.add(new AlterColumn(this.name, column, null, false, false, null, current));
				}
			}
		}
		changes.add(new AddConstraint(this.name, constraint));
		this.editor.call(changes);
		return this;
	}

	@Override
	public Table dropConstraint(Constraint declared) {
		Constraint constraint = this.names.constraint(this.name, declared, List.of());
		this.editor.call(List.of(new DropConstraint(this.name, String.valueOf(constraint.name()), constraint.kind(), null,
				constraint)));
		return this;
	}

	@Override
	public Table dropPrimaryKey() {
		String keyName = this.names.primaryKey(this.name);
		TableDefinitions definitions = this.editor.definitions();
		if (definitions.canRead(this.name)) {
			PrimaryKeySnapshot key = definitions.table(this.name).primaryKey();
			if (key == null) {
				throw new IllegalArgumentException("Table " + this.name + " has no primary key to drop");
			}
			keyName = (key.name() != null) ? key.name() : keyName;
		}
		return drop(keyName, Constraint.Kind.PRIMARY_KEY);
	}

	@Override
	public Table dropForeignKey(String name) {
		return drop(this.names.fold(name, "constraint"), Constraint.Kind.FOREIGN_KEY);
	}

	@Override
	public Table dropUnique(String name) {
		return drop(this.names.fold(name, "constraint"), Constraint.Kind.UNIQUE);
	}

	@Override
	public Table dropCheck(String name) {
		return drop(this.names.fold(name, "constraint"), Constraint.Kind.CHECK);
	}

	private Table drop(String constraint, Constraint.Kind kind) {
		this.editor.call(List.of(new DropConstraint(this.name, constraint, kind, null)));
		return this;
	}

	@Override
	public Table rename(String newName) {
		String to = this.names.fold(newName, "table");
		this.editor.call(List.of(new RenameTable(this.name, to)));
		return new EditedTable(this.editor, to);
	}

	@Override
	public void drop() {
		this.editor.call(List.of(new DropTable(this.name)));
	}

	@Override
	public TableSnapshot definition() {
		return this.editor.definitions().table(this.name);
	}

	@Override
	public String toString() {
		return this.name;
	}

	/** Whether an SQL expression mentions a column, quoted or not (a word match: a string literal may fool it). */
	private static boolean mentions(String expression, String column) {
		return Pattern.compile("(?<![A-Za-z0-9_$])[\"`]?" + Pattern.quote(column) + "[\"`]?(?![A-Za-z0-9_$])",
				Pattern.CASE_INSENSITIVE).matcher(expression).find();
	}

	private static boolean contains(List<String> columns, String column) {
		return columns.stream().anyMatch((each) -> each.equalsIgnoreCase(column));
	}

}

package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The names of what a changeset says, checked and in the case the database stores them, with automatic
 * names given to constraints and indexes that have none.
 */
final class DatabaseNames {

	private final NameCase nameCase;

	DatabaseNames(NameCase nameCase) {
		this.nameCase = nameCase;
	}

	NameCase nameCase() {
		return this.nameCase;
	}

	/** A name as the database stores it; {@code what} is named in the message when it is not valid. */
	String fold(String name, String what) {
		return this.nameCase.apply(Names.check(name, what));
	}

	List<String> foldAll(List<String> names) {
		return names.stream().map((name) -> fold(name, "column")).toList();
	}

	/** A column's own definition, its name as the database stores it. */
	Column definition(Column column) {
		return column.definitionOnly(fold(column.name(), "column"));
	}

	/** A constraint on a table, its names as the database stores them, named. */
	Constraint constraint(String table, Constraint constraint, List<String> declaredOn) {
		List<String> columns = foldAll(constraint.columns().isEmpty() ? declaredOn : constraint.columns());
		Constraint folded = constraint.onColumns(columns);
		if (folded instanceof ForeignKey key) {
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A foreign key of table " + table + " names its columns: "
						+ "ForeignKey.on(columns).references(table, columns)");
			}
			if (columns.size() != key.referencedColumns().size()) {
				throw new IllegalArgumentException("The foreign key " + columns + " of table " + table + " references "
						+ key.referencedColumns().size() + " columns");
			}
			folded = new ForeignKey(key.name(), columns, fold(key.referencedTable(), "table"),
					foldAll(key.referencedColumns()), key.onDelete(), key.onUpdate());
		}
		if (columns.isEmpty() && !(folded instanceof Check)) {
			throw new IllegalArgumentException("A " + folded.kind().words() + " of table " + table + " needs its columns");
		}
		return folded.withName(fold(folded.nameOn(table), "constraint"));
	}

	/** An index on a table, its names as the database stores them, named. */
	Index index(String table, Index index, @Nullable String declaredOn) {
		List<String> columns = (declaredOn != null) ? List.of(fold(declaredOn, "column")) : foldAll(index.columns());
		Index folded = new Index(index.name(), columns, index.isUnique());
		return new Index(fold(folded.nameOn(table), "index"), columns, index.isUnique());
	}

	/** The automatic name of a table's primary key. */
	String primaryKey(String table) {
		return fold(Names.constraint(table, List.of(), "pkey"), "constraint");
	}

}

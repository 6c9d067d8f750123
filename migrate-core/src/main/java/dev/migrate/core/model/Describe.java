package dev.migrate.core.model;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;

import org.jspecify.annotations.Nullable;

/** How a difference spells the parts of a table. */
final class Describe {

	private Describe() {
	}

	static String column(ColumnSnapshot column) {
		return column.typeDeclaration() + (column.nullable() ? "" : " not null")
				+ ((column.defaultValue() != null) ? " default " + column.defaultValue() : "");
	}

	static String nullability(ColumnSnapshot column) {
		return column.nullable() ? "null" : "not null";
	}

	static String defaultValue(ColumnSnapshot column) {
		return (column.defaultValue() != null) ? column.defaultValue() : "none";
	}

	static String primaryKey(@Nullable PrimaryKeySnapshot key) {
		return (key != null) ? "(" + String.join(", ", key.columns()) + ")" : "none";
	}

	static String foreignKey(ForeignKeySnapshot key) {
		return named(key.name()) + "(" + String.join(", ", key.columns()) + ") -> " + key.referencedTable() + " ("
				+ String.join(", ", key.referencedColumns()) + ") on delete " + key.onDelete();
	}

	static String unique(UniqueConstraintSnapshot unique) {
		return named(unique.name()) + "(" + String.join(", ", unique.columns()) + ")";
	}

	static String index(IndexSnapshot index) {
		return "\"" + index.name() + "\" (" + String.join(", ", index.columns()) + ")" + (index.unique() ? " unique" : "");
	}

	private static String named(@Nullable String name) {
		return (name != null) ? "\"" + name + "\" " : "";
	}

}

package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An index: {@code Index.on("title")}, {@code Index.on("data").unique()}, automatically named
 * {@code ix_<table>_<columns>}.
 *
 * @param name the name, or null for the automatic one
 * @param columns the columns in index order
 * @param isUnique whether two rows may not have the same values
 */
public record Index(@Nullable String name, List<String> columns, boolean isUnique) {

	/** Checks the names and copies the columns. */
	public Index {
		if (name != null) {
			Names.check(name, "index");
		}
		columns = List.copyOf(columns);
		columns.forEach((column) -> Names.check(column, "column"));
	}

	/** An index on these columns. */
	public static Index on(String... columns) {
		return new Index(null, Names.checkAll(columns, "column"), false);
	}

	/** This index with a name. */
	public Index named(String name) {
		return new Index(name, this.columns, this.isUnique);
	}

	/** This index, unique. */
	public Index unique() {
		return new Index(this.name, this.columns, true);
	}

	/** The name given, else the automatic one on {@code table}. */
	public String nameOn(String table) {
		return (this.name != null) ? this.name : Names.index(table, this.columns);
	}

}

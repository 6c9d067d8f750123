package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint: {@code Unique.on("email")}, automatically named {@code <table>_<columns>_key}.
 *
 * @param name the name, or null for the automatic one
 * @param columns the columns
 */
public record Unique(@Nullable String name, List<String> columns) implements Constraint {

	/** Checks the names and copies the columns. */
	public Unique {
		if (name != null) {
			Names.check(name, "constraint");
		}
		columns = List.copyOf(columns);
		columns.forEach((column) -> Names.check(column, "column"));
	}

	/** A unique constraint on these columns. */
	public static Unique on(String... columns) {
		return new Unique(null, Names.checkAll(columns, "column"));
	}

	/** This constraint with a name. */
	public Unique named(String name) {
		return new Unique(name, this.columns);
	}

	@Override
	public Kind kind() {
		return Kind.UNIQUE;
	}

	@Override
	public Unique onColumns(List<String> columns) {
		return new Unique(this.name, columns);
	}

	@Override
	public Unique withName(String name) {
		return named(name);
	}

}

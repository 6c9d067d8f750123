package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A primary key: {@code PrimaryKey.on("id")}, automatically named {@code <table>_pkey} (MySQL calls every
 * primary key {@code PRIMARY}).
 *
 * @param name the name, or null for the automatic one
 * @param columns the columns in key order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) implements Constraint {

	/** Checks the names and copies the columns. */
	public PrimaryKey {
		if (name != null) {
			Names.check(name, "constraint");
		}
		columns = List.copyOf(columns);
		columns.forEach((column) -> Names.check(column, "column"));
	}

	/** A primary key on these columns. */
	public static PrimaryKey on(String... columns) {
		return new PrimaryKey(null, Names.checkAll(columns, "column"));
	}

	/** This key with a name. */
	public PrimaryKey named(String name) {
		return new PrimaryKey(name, this.columns);
	}

	@Override
	public Kind kind() {
		return Kind.PRIMARY_KEY;
	}

	@Override
	public PrimaryKey onColumns(List<String> columns) {
		return new PrimaryKey(this.name, columns);
	}

	@Override
	public PrimaryKey withName(String name) {
		return named(name);
	}

}

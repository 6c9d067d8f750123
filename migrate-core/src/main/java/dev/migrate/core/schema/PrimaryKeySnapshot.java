package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A primary key: its name (null when the database generated an unstable one) and columns in key order. */
public record PrimaryKeySnapshot(@Nullable String name, List<String> columns) {

	/** Copies the columns. */
	public PrimaryKeySnapshot {
		columns = List.copyOf(columns);
	}

}

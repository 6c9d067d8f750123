package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A unique constraint: its name (null when the database generated an unstable one) and columns. */
public record UniqueConstraintSnapshot(@Nullable String name, List<String> columns) {

	/** Copies the columns. */
	public UniqueConstraintSnapshot {
		columns = List.copyOf(columns);
	}

}

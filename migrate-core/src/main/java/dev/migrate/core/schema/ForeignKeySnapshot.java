package dev.migrate.core.schema;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A foreign key, with its rules as words: CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION. */
public record ForeignKeySnapshot(@Nullable String name, List<String> columns, String referencedTable,
		List<String> referencedColumns, String onDelete, String onUpdate) {

	/** Copies the column lists and checks the rest is present. */
	public ForeignKeySnapshot {
		columns = List.copyOf(columns);
		Objects.requireNonNull(referencedTable, "referencedTable");
		referencedColumns = List.copyOf(referencedColumns);
		Objects.requireNonNull(onDelete, "onDelete");
		Objects.requireNonNull(onUpdate, "onUpdate");
	}

}

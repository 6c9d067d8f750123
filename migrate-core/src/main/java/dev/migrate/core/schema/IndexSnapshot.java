package dev.migrate.core.schema;

import java.util.List;
import java.util.Objects;

/** An index that backs no primary key, unique constraint or (MySQL) foreign key of the same name. */
public record IndexSnapshot(String name, List<String> columns, boolean unique) {

	/** Checks the name and copies the columns. */
	public IndexSnapshot {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
	}

}

package dev.migrate.core.dialect;

import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.Type;

/** PostgreSQL's DDL: {@code ALTER COLUMN ... TYPE}, {@code jsonb}, {@code bytea}. */
public final class PostgresDdlRenderer extends StandardDdlRenderer {

	@Override
	public String dialect() {
		return "postgresql";
	}

	@Override
	public NameCase nameCase() {
		return NameCase.LOWER;
	}

	@Override
	String type(Type type, SchemaChange change) {
		return switch (type.kind()) {
			case TIME -> "TIME";
			case BINARY -> "BYTEA";
			case JSON -> "JSONB";
			default -> super.type(type, change);
		};
	}

	@Override
	String setType() {
		return "TYPE";
	}

}

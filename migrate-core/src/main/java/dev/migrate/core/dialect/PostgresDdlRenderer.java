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
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case BOOLEAN -> "BOOLEAN";
			case VARCHAR -> "VARCHAR(" + type.size() + ")";
			case TEXT -> "TEXT";
			case DECIMAL -> "NUMERIC(" + type.size() + "," + type.scale() + ")";
			case DATE -> "DATE";
			case TIME -> "TIME";
			case TIMESTAMP -> "TIMESTAMP";
			case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
			case UUID -> "UUID";
			case BINARY -> "BYTEA";
			case JSON -> "JSONB";
			case RAW -> String.valueOf(type.sql());
		};
	}

	@Override
	String setType() {
		return "TYPE";
	}

}

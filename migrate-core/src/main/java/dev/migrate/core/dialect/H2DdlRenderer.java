package dev.migrate.core.dialect;

import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.Constraint;

import java.util.List;

/** H2's DDL (2.x): names stored in upper case, unbounded {@code CHARACTER VARYING} for text. */
public final class H2DdlRenderer extends StandardDdlRenderer {

	@Override
	public String dialect() {
		return "h2";
	}

	@Override
	public NameCase nameCase() {
		return NameCase.UPPER;
	}

	@Override
	String type(Type type, SchemaChange change) {
		return switch (type.kind()) {
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case BOOLEAN -> "BOOLEAN";
			case VARCHAR -> "VARCHAR(" + type.size() + ")";
			case TEXT -> "CHARACTER VARYING";
			case DECIMAL -> "NUMERIC(" + type.size() + "," + type.scale() + ")";
			case DATE -> "DATE";
			case TIME -> "TIME(6)";
			case TIMESTAMP -> "TIMESTAMP";
			case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
			case UUID -> "UUID";
			case BINARY -> "BINARY VARYING";
			case JSON -> "JSON";
			case RAW -> String.valueOf(type.sql());
		};
	}

	/** H2 drops the primary key without its name, which it may have generated. */
	@Override
	List<String> dropConstraint(DropConstraint drop) {
		if (drop.kind() == Constraint.Kind.PRIMARY_KEY) {
			return List.of(alterTable(drop.table()) + " DROP PRIMARY KEY");
		}
		return super.dropConstraint(drop);
	}

}

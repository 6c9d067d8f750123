package dev.migrate.core.dialect;

import java.util.List;

import dev.migrate.core.schema.Constraint;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.TableDefinitions;
import dev.migrate.core.schema.Type;

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
		return (type.kind() == Type.Kind.TEXT) ? "CHARACTER VARYING" : super.type(type, change);
	}

	/** H2 drops the primary key without its name, which it may have generated. */
	@Override
	public List<String> dropConstraint(DropConstraint change, TableDefinitions definitions) {
		if (change.kind() == Constraint.Kind.PRIMARY_KEY) {
			return List.of(alterTable(change.table()) + " DROP PRIMARY KEY");
		}
		return super.dropConstraint(change, definitions);
	}

}

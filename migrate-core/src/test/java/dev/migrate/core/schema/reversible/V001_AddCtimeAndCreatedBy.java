package dev.migrate.core.schema.reversible;

import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;

/** The seed's first two examples in one reversible changeset: its downgrade is derived. */
public class V001_AddCtimeAndCreatedBy implements ReversibleChangeset {

	@Override
	public void change(Schema schema) {
		schema.table("page")
			.addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow())
			.addColumn(Column.of("created_by_id", Type.INTEGER).references("user", "id").indexed());
	}

}

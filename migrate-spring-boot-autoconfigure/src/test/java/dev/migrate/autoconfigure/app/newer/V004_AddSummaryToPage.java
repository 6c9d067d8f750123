package dev.migrate.autoconfigure.app.newer;

import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;

/** Release B's version 4, on the changeset API: its downgrade is derived and recorded as SQL with its upgrade. */
public class V004_AddSummaryToPage implements ReversibleChangeset {

	@Override
	public void change(Schema schema) {
		schema.table("page").addColumn(Column.of("summary", Type.varchar(200)));
		schema.createTable("label", Column.of("id", Type.INTEGER).primaryKey(), Column.of("text", Type.varchar(50)));
	}

}

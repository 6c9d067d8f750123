package dev.migrate.core.engine.newer;

import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;

/** Release B's version 4, on the changeset API: its downgrade is derived and recorded as SQL with its upgrade. */
public class V004_AddTagTable implements ReversibleChangeset {

	@Override
	public void change(Schema schema) {
		schema.createTable("tag", Column.of("id", Type.INTEGER).primaryKey(), Column.of("name", Type.varchar(20)));
		schema.table("t1").addColumn(Column.of("tag_id", Type.INTEGER));
	}

}

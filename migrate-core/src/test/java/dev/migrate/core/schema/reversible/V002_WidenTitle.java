package dev.migrate.core.schema.reversible;

import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.Index;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;

/** Alters a column, which is altered back to the definition read when the upgrade ran. */
public class V002_WidenTitle implements ReversibleChangeset {

	@Override
	public void change(Schema schema) {
		schema.table("page")
			.alterColumn("title", (column) -> column.rename("headline").type(Type.varchar(200)).defaultValue("untitled"))
			.createIndex(Index.on("headline"));
	}

}

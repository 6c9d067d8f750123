package dev.migrate.core.schema.seed;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Type;

/**
 * The seed's second example: created_by_id referencing user(id), with its foreign key and the index
 * ix_page_created_by_id in one call; dropping the column takes both along.
 */
public class V002_AddCreatedByToPage implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.schema()
			.table("page")
			.addColumn(Column.of("created_by_id", Type.INTEGER).references("user", "id").indexed());
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.schema().table("page").dropColumn("created_by_id");
	}

}

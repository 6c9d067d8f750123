package db.migrate;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Type;

/**
 * A page's author: the column, its foreign key to {@code users} and its index in one call. The
 * downgrade drops the column, and its foreign key and index go with it.
 */
public class V002_AddCreatedByToPage implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.schema()
			.table("page")
			.addColumn(Column.of("created_by_id", Type.INTEGER).references("users", "id").indexed("ix_page_created_by_id"));
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.schema().table("page").dropColumn("created_by_id");
	}

}

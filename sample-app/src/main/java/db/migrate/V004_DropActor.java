package db.migrate;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Type;

/**
 * The application no longer has actors (the seed's comment thread): the upgrade drops their table,
 * the downgrade creates it again as it was, empty.
 */
public class V004_DropActor implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.schema().dropTable("actor");
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.schema()
			.createTable("actor", Column.of("id", Type.INTEGER).primaryKey(), Column.of("name", Type.varchar(20)).notNull());
	}

}

package dev.migrate.core.schema.seed;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Type;

/** The seed's third example: the upgrade drops table foo, and the downgrade creates it again. */
public class V003_DropFoo implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.schema().dropTable("foo");
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.schema()
			.createTable("foo", Column.of("id", Type.INTEGER).primaryKey(), Column.of("name", Type.varchar(20)).notNull());
	}

}

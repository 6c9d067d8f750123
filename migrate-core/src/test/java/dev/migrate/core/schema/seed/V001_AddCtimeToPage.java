package dev.migrate.core.schema.seed;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Type;

/** The seed's first example: a ctime column on a page table that has rows, which get the default. */
public class V001_AddCtimeToPage implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.schema().table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow());
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.schema().table("page").dropColumn("ctime");
	}

}

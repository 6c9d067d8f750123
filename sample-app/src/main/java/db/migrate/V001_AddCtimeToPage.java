package db.migrate;

import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;

/**
 * The seed's first change: pages get their creation time, filled by the database, existing pages
 * included. Declared once; the downgrade (dropping the column) is derived.
 */
public class V001_AddCtimeToPage implements ReversibleChangeset {

	@Override
	public void change(Schema schema) {
		schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow());
	}

}

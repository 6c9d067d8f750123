package dev.migrate.core.repository.scanned;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;

/** Found by scanning its package. */
public class V001_AddTagTable implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("CREATE TABLE tag (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("DROP TABLE tag");
	}

}

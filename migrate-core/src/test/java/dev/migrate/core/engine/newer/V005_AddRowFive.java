package dev.migrate.core.engine.newer;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;

/**
 * A version 5 that uses its connection directly, so that its downgrade cannot be written down as SQL: a
 * release without it cannot take it out from the history.
 */
public class V005_AddRowFive implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("INSERT INTO t1 (id, name) VALUES (5, 'five')");
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("DELETE FROM t1 WHERE id = 5");
	}

}

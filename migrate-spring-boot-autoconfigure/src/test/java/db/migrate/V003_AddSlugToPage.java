package db.migrate;

import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;

/** A Java changeset found by package scanning ({@code migrate.java-package} defaults to {@code db.migrate}). */
public class V003_AddSlugToPage implements JavaChangeset {

	@Override
	public void upgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("ALTER TABLE page ADD COLUMN slug VARCHAR(100)");
	}

	@Override
	public void downgrade(ChangesetContext context) {
		context.jdbcTemplate().execute("ALTER TABLE page DROP COLUMN slug");
	}

}

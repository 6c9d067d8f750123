package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class MariaDbBadInputDatabaseStateTests extends DirtyBadInputDatabaseStateTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

}

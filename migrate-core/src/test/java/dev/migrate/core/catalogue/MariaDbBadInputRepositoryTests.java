package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class MariaDbBadInputRepositoryTests extends BadInputRepositoryTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

}

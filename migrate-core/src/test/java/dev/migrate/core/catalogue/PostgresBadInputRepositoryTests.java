package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class PostgresBadInputRepositoryTests extends BadInputRepositoryTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

}

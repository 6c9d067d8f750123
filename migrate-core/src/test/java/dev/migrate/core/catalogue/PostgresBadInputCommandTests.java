package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class PostgresBadInputCommandTests extends BadInputCommandTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

}

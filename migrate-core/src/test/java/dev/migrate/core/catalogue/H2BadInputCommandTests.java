package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class H2BadInputCommandTests extends BadInputCommandTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

}

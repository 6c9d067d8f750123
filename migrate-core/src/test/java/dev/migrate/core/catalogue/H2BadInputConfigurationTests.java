package dev.migrate.core.catalogue;

import dev.migrate.core.testing.TestDatabase;

class H2BadInputConfigurationTests extends BadInputConfigurationTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

}

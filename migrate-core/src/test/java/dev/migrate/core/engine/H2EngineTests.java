package dev.migrate.core.engine;

import dev.migrate.core.testing.TestDatabase;

class H2EngineTests extends DirtyProtocolTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

}

package dev.migrate.core.model;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.testing.TestDatabase;

/** Generated changesets on MariaDB. */
class MariaDbGenerateTests extends GenerateContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return MariaDbContractTests.database(MariaDbGenerateTests.class);
	}

}

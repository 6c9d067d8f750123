package dev.migrate.core.model;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.testing.TestDatabase;

/** The generate workflow on MariaDB, from the base schema of {@link MariaDbModelDiffTests}. */
class MariaDbGenerateFromModelTests extends GenerateFromModelContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return MariaDbContractTests.database(MariaDbGenerateFromModelTests.class);
	}

	@Override
	protected String baseSchema() {
		return new MariaDbModelDiffTests().baseSchema();
	}

}

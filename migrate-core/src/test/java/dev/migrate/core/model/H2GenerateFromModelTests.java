package dev.migrate.core.model;

import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.testing.TestDatabase;

/** The generate workflow on H2, from the base schema of {@link H2ModelDiffTests}. */
class H2GenerateFromModelTests extends GenerateFromModelContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return H2ContractTests.database(H2GenerateFromModelTests.class);
	}

	@Override
	protected String baseSchema() {
		return new H2ModelDiffTests().baseSchema();
	}

}

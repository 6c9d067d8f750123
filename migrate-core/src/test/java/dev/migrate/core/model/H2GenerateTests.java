package dev.migrate.core.model;

import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.testing.TestDatabase;

/** Generated changesets on H2, which stores unquoted names in upper case. */
class H2GenerateTests extends GenerateContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return H2ContractTests.database(H2GenerateTests.class);
	}

}

package dev.migrate.core.model;

import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;

/** Generated changesets on PostgreSQL. */
class PostgresGenerateTests extends GenerateContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return PostgresContractTests.database(PostgresGenerateTests.class);
	}

}

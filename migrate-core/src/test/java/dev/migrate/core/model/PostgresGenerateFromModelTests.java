package dev.migrate.core.model;

import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;

/** The generate workflow on PostgreSQL, from the base schema of {@link PostgresModelDiffTests}. */
class PostgresGenerateFromModelTests extends GenerateFromModelContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return PostgresContractTests.database(PostgresGenerateFromModelTests.class);
	}

	@Override
	protected String baseSchema() {
		return new PostgresModelDiffTests().baseSchema();
	}

}

package dev.migrate.maven;

import java.util.List;

import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.BeforeAll;

/** The model goals on PostgreSQL, in a schema of the test's own. */
class PostgresqlModelGoalsIT extends ModelGoalsContract {

	@BeforeAll
	static void createSchema() {
		database = PostgresContractTests.database(PostgresqlModelGoalsIT.class);
	}

	@Override
	List<String> databaseArguments() {
		return arguments(TestServers.postgresql().url(), TestServers.postgresql());
	}

}

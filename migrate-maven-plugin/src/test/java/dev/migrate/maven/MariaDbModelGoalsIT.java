package dev.migrate.maven;

import java.util.List;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.BeforeAll;

/** The model goals on MariaDB, in a database of the test's own. */
class MariaDbModelGoalsIT extends ModelGoalsContract {

	@BeforeAll
	static void createDatabase() {
		database = MariaDbContractTests.database(MariaDbModelGoalsIT.class);
	}

	@Override
	List<String> databaseArguments() {
		return arguments(database.url(), TestServers.mariadb());
	}

}

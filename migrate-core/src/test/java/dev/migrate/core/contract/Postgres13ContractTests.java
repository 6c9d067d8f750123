package dev.migrate.core.contract;

import dev.migrate.core.testing.EmbeddedPostgres;
import dev.migrate.core.testing.TestServers;

/**
 * The PostgreSQL contract on PostgreSQL 13, the oldest version Migrate supports, started from its Maven
 * artifact by {@link EmbeddedPostgres} (the local server is PostgreSQL 15).
 */
class Postgres13ContractTests extends PostgresContractTests {

	@Override
	protected TestServers.Server server() {
		return EmbeddedPostgres.start("13");
	}

}

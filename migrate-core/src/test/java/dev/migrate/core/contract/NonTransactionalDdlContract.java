package dev.migrate.core.contract;

import dev.migrate.core.catalogue.DirtyBadInputDatabaseStateTests;
import dev.migrate.core.engine.DirtyProtocolTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/**
 * The contract of a database whose DDL commits as it runs (MySQL/MariaDB, H2): everything in
 * {@link DatabaseContract}, and the dirty protocol, by which a failed changeset leaves its version marked
 * dirty until repaired. {@link DatabaseContract#runsTheProtocolItsDdlCallsFor()} sees that a database
 * extends this exactly when its dialect says its DDL is not transactional.
 */
public abstract class NonTransactionalDdlContract extends DatabaseContract {

	@Nested
	class DirtyProtocol extends DirtyProtocolTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class DirtyBadDatabaseState extends DirtyBadInputDatabaseStateTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

}

package dev.migrate.core.schema;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.testing.TestDatabase;

/** The changeset API on PostgreSQL. */
class PostgresChangesetApiTests extends ChangesetApiContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

	@Override
	protected Dialect dialect() {
		return new PostgresDialect();
	}

}

package dev.migrate.core.schema;

import dev.migrate.core.testing.TestDatabase;

/** The snapshot contract on PostgreSQL. */
class PostgresSchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

	@Override
	protected String varcharType() {
		return "varchar";
	}

	@Override
	protected String integerType() {
		return "int4";
	}

	@Override
	protected String decimalType() {
		return "numeric";
	}

}

package dev.migrate.core.schema;

import java.util.Locale;

import dev.migrate.core.testing.TestDatabase;

/** The snapshot contract on H2, which stores unquoted names in upper case. */
class H2SchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

	@Override
	protected String name(String identifier) {
		return identifier.toUpperCase(Locale.ROOT);
	}

	@Override
	protected String varcharType() {
		return "character varying";
	}

	@Override
	protected String integerType() {
		return "integer";
	}

	@Override
	protected String decimalType() {
		return "decimal";
	}

}

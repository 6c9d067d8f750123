package dev.migrate.core.schema;

import java.util.Locale;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.testing.TestDatabase;

/** The changeset API on H2, which stores unquoted names in upper case. */
class H2ChangesetApiTests extends ChangesetApiContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

	@Override
	protected Dialect dialect() {
		return new H2Dialect();
	}

	@Override
	protected String name(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}

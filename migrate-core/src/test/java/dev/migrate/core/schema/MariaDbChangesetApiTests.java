package dev.migrate.core.schema;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.MySqlDialect;
import dev.migrate.core.testing.TestDatabase;

/** The changeset API on MariaDB, through the MySQL dialect: a primary key is always named PRIMARY. */
class MariaDbChangesetApiTests extends ChangesetApiContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

	@Override
	protected Dialect dialect() {
		return new MySqlDialect();
	}

	@Override
	protected String primaryKeyName(String declared) {
		return "PRIMARY";
	}

	@Override
	protected boolean supportsTimestampWithTimeZone() {
		return false;
	}

	@Override
	protected boolean uniqueIndexesAreConstraints() {
		return true;
	}

}

package dev.migrate.core.schema;

import dev.migrate.core.testing.TestDatabase;

/**
 * The snapshot contract on MariaDB: a unique index is a unique constraint there, a primary key is always
 * named {@code PRIMARY}, and columns change through {@code MODIFY}.
 */
class MariaDbSchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

	@Override
	protected String varcharType() {
		return "varchar";
	}

	@Override
	protected String integerType() {
		return "int";
	}

	@Override
	protected String decimalType() {
		return "decimal";
	}

	@Override
	protected String primaryKeyName(String declared) {
		return "PRIMARY";
	}

	@Override
	protected boolean uniqueIndexesAreConstraints() {
		return true;
	}

	@Override
	protected String setDataType(String table, String column, String type) {
		return "alter table " + table + " modify " + column + " " + type;
	}

	@Override
	protected String setNotNull(String table, String column, String type) {
		return "alter table " + table + " modify " + column + " " + type + " not null";
	}

	@Override
	protected String dropPrimaryKey(String table, String name) {
		return "alter table " + table + " drop primary key";
	}

	@Override
	protected String dropForeignKey(String table, String name) {
		return "alter table " + table + " drop foreign key " + name;
	}

	@Override
	protected String dropUniqueConstraint(String table, String name) {
		return "alter table " + table + " drop index " + name;
	}

	@Override
	protected String dropIndex(String table, String name) {
		return "drop index " + name + " on " + table;
	}

}

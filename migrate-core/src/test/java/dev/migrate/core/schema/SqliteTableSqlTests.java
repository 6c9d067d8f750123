package dev.migrate.core.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what only SQLite's CREATE TABLE says: the names of constraints, and checks. */
class SqliteTableSqlTests {

	@Test
	void readsNamedTableConstraintsWhateverTheQuotes() {
		SqliteTableSql table = SqliteTableSql.parse("""
				CREATE TABLE "page" (id INTEGER, [user id] INTEGER, `code` TEXT, note TEXT DEFAULT 'a, (b)',
				  CONSTRAINT "pk page" PRIMARY KEY (id),
				  CONSTRAINT [uq_code] UNIQUE (`code`, note),
				  constraint fk_user foreign key ([user id]) references app_user (id) on delete cascade,
				  CONSTRAINT ck_code CHECK (length(code) >   2 AND note <> ')'))""");
		assertThat(table.primaryKeyName()).isEqualTo("pk page");
		assertThat(table.uniqueName(List.of("CODE", "note"))).isEqualTo("uq_code");
		assertThat(table.uniqueName(List.of("note", "code"))).isNull();
		assertThat(table.foreignKeyName(List.of("user id"))).isEqualTo("fk_user");
		assertThat(table.checks()).containsExactly(new SqliteTableSql.Check("ck_code", "length(code) > 2 AND note <> ')'"));
	}

	@Test
	void readsConstraintsDeclaredOnAColumnNamedOrNot() {
		SqliteTableSql table = SqliteTableSql.parse("CREATE TABLE t (id INTEGER CONSTRAINT pk_t PRIMARY KEY, "
				+ "email TEXT NOT NULL UNIQUE, parent INTEGER CONSTRAINT fk_parent REFERENCES t, "
				+ "age INTEGER CHECK (age >= 0) -- a comment, (with a paren\n)");
		assertThat(table.primaryKeyName()).isEqualTo("pk_t");
		assertThat(table.uniqueName(List.of("email"))).isNull();
		assertThat(table.foreignKeyName(List.of("parent"))).isEqualTo("fk_parent");
		assertThat(table.checks()).containsExactly(new SqliteTableSql.Check(null, "age >= 0"));
	}

	@Test
	void noStatementReadsAsATableWithoutConstraints() {
		SqliteTableSql table = SqliteTableSql.parse(null);
		assertThat(table.primaryKeyName()).isNull();
		assertThat(table.checks()).isEmpty();
	}

}

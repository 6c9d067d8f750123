package dev.migrate.core.catalogue;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** On PostgreSQL DDL is transactional: a failing changeset keeps nothing and leaves no dirty state. */
class PostgresBadInputDatabaseStateTests extends BadInputDatabaseStateTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

	@Test
	void aFailingStatementIsReportedWithFileLineStatementAndTheDatabasesMessageAndNothingIsKept() {
		this.folder.tables(1)
			.version(2, "broken", "CREATE TABLE first_half (id INTEGER);\nINSERT INTO t1 (id) VALUES (1);\n"
					+ "INSERT INTO t1 (id) VALUES (1 / 0);\n", "DROP TABLE first_half;");
		migrate().upgrade(1);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> {
				assertThat(ex.dirty()).isFalse();
				assertThat(ex.statement()).isEqualTo("INSERT INTO t1 (id) VALUES (1 / 0)");
			})
			.withMessage("""
					The upgrade of version 2 failed in 002_broken_default_upgrade.sql at line 3: ERROR: division by zero
					  Statement: INSERT INTO t1 (id) VALUES (1 / 0)
					  Nothing of version 2 was kept: fix the changeset and run the command again.""");
		assertUnchanged(before);
	}

}

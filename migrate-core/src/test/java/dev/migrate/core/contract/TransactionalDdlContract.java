package dev.migrate.core.contract;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.catalogue.BadInputCase;
import dev.migrate.core.engine.EngineCase;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract of a database whose DDL takes part in transactions (PostgreSQL, SQLite): everything in
 * {@link DatabaseContract}, and the all-in-one-transaction protocol, by which a changeset, its version bump
 * and its history row commit together or not at all. {@link DatabaseContract#runsTheProtocolItsDdlCallsFor()}
 * sees that a database extends this exactly when its dialect says its DDL is transactional.
 */
public abstract class TransactionalDdlContract extends DatabaseContract {

	/** A statement (without its semicolon) that fails on this database when it runs, after those before it have. */
	protected abstract String failingStatement();

	/** What the database says of {@link #failingStatement()}, as the failure report quotes it. */
	protected abstract String failingStatementError();

	@Nested
	class TransactionalProtocol extends EngineCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void failingChangesetLeavesNothingHalfRecorded() {
			this.folder.tables(1)
				.version(2, "half", "CREATE TABLE first_half (id INTEGER);\nINSERT INTO t1 VALUES (1);\n" + failingStatement() + ";",
						"DROP TABLE first_half;");
			Migrate migrate = migrate();
			assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade)
				.satisfies((ex) -> assertThat(ex.dirty()).isFalse())
				.withMessageContaining("002_half_default_upgrade.sql at line 3: ")
				.withMessageContaining(failingStatementError())
				.withMessageContaining("Nothing of version 2 was kept");
			assertThat(migrate.dbVersion()).isEqualTo(1);
			assertThat(tables()).doesNotContain("first_half");
			assertThat(count("t1")).isZero();
			assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true");
			assertThat(migrate.status().dirty()).isFalse();
		}

	}

	/** The catalogue's case of a failing statement, where DDL is transactional: nothing is kept, nothing is dirty. */
	@Nested
	class TransactionalBadDatabaseState extends BadInputCase {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Test
		void aFailingStatementIsReportedWithFileLineStatementAndTheDatabasesMessageAndNothingIsKept() {
			this.folder.tables(1)
				.version(2, "broken", "CREATE TABLE first_half (id INTEGER);\nINSERT INTO t1 (id) VALUES (1);\n"
						+ failingStatement() + ";\n", "DROP TABLE first_half;");
			migrate().upgrade(1);
			Fingerprint before = fingerprint();
			assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
				.satisfies((ex) -> {
					assertThat(ex.dirty()).isFalse();
					assertThat(ex.statement()).isEqualTo(failingStatement());
				})
				.withMessage("The upgrade of version 2 failed in 002_broken_default_upgrade.sql at line 3: "
						+ failingStatementError() + "\n  Statement: " + failingStatement()
						+ "\n  Nothing of version 2 was kept: fix the changeset and run the command again.");
			assertUnchanged(before);
		}

	}

}

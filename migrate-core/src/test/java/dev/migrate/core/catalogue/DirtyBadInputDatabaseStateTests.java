package dev.migrate.core.catalogue;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.RepairResult;
import dev.migrate.core.testing.Fingerprint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On databases whose DDL commits as it runs (MariaDB, H2), a changeset that fails part-way leaves the
 * repository dirty: exactly one failed history row, the version unchanged, until an operator repairs it.
 */
public abstract class DirtyBadInputDatabaseStateTests extends BadInputCase {

	/** Version 1 applied; version 2 creates first_half, then fails on its second statement. */
	void aChangesetThatFailsPartWay() {
		this.folder.tables(1)
			.version(2, "half", "CREATE TABLE first_half (id INTEGER);\nCREATE TABLE t1 (id INTEGER);\n",
					"DROP TABLE first_half;");
		migrate().upgrade(1);
	}

	@Test
	void aChangesetThatFailsPartWayLeavesTheRepositoryDirtyAndRecordsExactlyThat() {
		aChangesetThatFailsPartWay();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> {
				assertThat(ex.dirty()).isTrue();
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.statement()).isEqualTo("CREATE TABLE t1 (id INTEGER)");
			})
			.withMessageStartingWith("The upgrade of version 2 failed in 002_half_default_upgrade.sql at line 2: ")
			.withMessageEndingWith("""

					  Statement: CREATE TABLE t1 (id INTEGER)
					  The statements before it were committed as they ran, so the repository is now dirty: check the \
					schema, undo what this changeset applied, then run repair (mvn migrate:repair, or java -jar \
					<app>.jar --migrate.command=repair) and try again.""");
		Fingerprint after = fingerprint();
		assertThat(after.tables()).containsExactlyInAnyOrder("first_half", "migrate_history", "migrate_version", "t1");
		assertThat(after.rowsOf("migrate_version")).isEqualTo(before.rowsOf("migrate_version"));
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true", "2 upgrade SQL false");
	}

	@Test
	void anUpgradeOfADirtyRepositoryIsRefusedUntilItIsRepaired() {
		aChangesetThatFailsPartWay();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade());
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(DirtyRepositoryException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("""
				Repository 'catalogue' is dirty: the upgrade of version 2 (half) failed part-way, and this database \
				commits DDL as it runs, so part of it may be applied. Check the schema against that changeset, undo by \
				hand what it applied (the database stays at the version before it), then run repair (mvn \
				migrate:repair, or java -jar <app>.jar --migrate.command=repair) and try again.""");
		assertUnchanged(before);
	}

	@Test
	void repairClearsADirtyRepositoryAndRecordsThatItDid() {
		aChangesetThatFailsPartWay();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade());
		this.database.execute("DROP TABLE first_half");
		RepairResult repair = migrate().repair();
		assertThat(repair.clearedFailedVersion()).isEqualTo(2);
		assertThat(repair.checksumsUpdated()).isEmpty();
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true", "2 upgrade SQL false",
				"2 repair SQL true");
		assertThat(migrate().status().dirty()).isFalse();
		assertThat(migrate().dbVersion()).isOne();
	}

}

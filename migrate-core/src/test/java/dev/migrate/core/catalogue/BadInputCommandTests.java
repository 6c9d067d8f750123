package dev.migrate.core.catalogue;

import dev.migrate.core.AlreadyUnderVersionControlException;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.IrreversibleChangesetException;
import dev.migrate.core.Migrate;
import dev.migrate.core.NotUnderVersionControlException;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.testing.Fingerprint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Commands given a version they cannot go to, or a database they cannot work on: each is refused before
 * anything runs, with what to do, and the database is left as it was.
 */
public abstract class BadInputCommandTests extends BadInputCase {

	static final String NOT_UNDER_VERSION_CONTROL = """
			The database is not under version control for repository 'catalogue': migrate_version has no row for it. \
			Put it under control first, at the version its schema is at: version-control (mvn migrate:version-control \
			-Dmigrate.version=<n>, or java -jar <app>.jar --migrate.command=version-control --migrate.target=<n>).""";

	/** Three versions, the database at {@code version} with a row of the user's in t1. */
	Migrate atVersion(int version) {
		this.folder.tables(3);
		Migrate migrate = migrate();
		migrate.upgrade(version);
		this.database.execute("INSERT INTO t1 (id) VALUES (7)");
		return migrate;
	}

	/** Versions 1 and 3 reversible, version 2 irreversible; the database at 3. */
	Migrate pastAnIrreversibleChangeset() {
		this.folder.tables(1)
			.version(2, "drop t1", "-- migrate:irreversible\nDROP TABLE t1;", null)
			.version(3, "create t3", "CREATE TABLE t3 (id INTEGER);", "DROP TABLE t3;");
		Migrate migrate = migrate();
		migrate.upgrade();
		this.database.execute("INSERT INTO t3 (id) VALUES (7)");
		return migrate;
	}

	@Test
	void anUpgradeBeyondTheLatestVersionIsRefused() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(4))
			.withMessage("Cannot upgrade to version 4: the repository's versions run from 0 to 3. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void anUpgradeToANegativeVersionIsRefused() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(-1))
			.withMessage("Cannot upgrade to version -1: the repository's versions run from 0 to 3. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void anUpgradeToAVersionThatIsNotANumberIsRefused() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade("a"))
			.withMessage("'a' is not a version: give a whole number, 0 or more. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void anUpgradeToAVersionBelowTheDatabasesIsRefusedWithTheWayDown() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(1))
			.withMessage("Cannot upgrade to version 1: the database is at version 2 already. "
				+ "Use downgrade to go back. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aDowngradeAboveTheDatabasesVersionIsRefusedWithTheWayUp() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade(3))
			.withMessage("Cannot downgrade to version 3: the database is at version 2. "
				+ "Use upgrade to go forward. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aDowngradeToANegativeVersionIsRefused() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade(-1))
			.withMessage("Cannot downgrade to version -1: versions are 0 or more. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aDowngradeToAVersionThatIsNotANumberIsRefused() {
		Migrate migrate = atVersion(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade("two"))
			.withMessage("'two' is not a version: give a whole number, 0 or more. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aDowngradePastAnIrreversibleChangesetIsRefusedBeforeAnythingRuns() {
		Migrate migrate = pastAnIrreversibleChangeset();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(IrreversibleChangesetException.class).isThrownBy(() -> migrate.downgrade(1))
			.withMessage("Cannot downgrade to version 1: version 2 (002_drop_t1_default_upgrade.sql) is marked "
				+ "irreversible and has no downgrade. Downgrade to 2 at the lowest, or restore a backup. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aDryRunOfADowngradePastAnIrreversibleChangesetIsRefusedAsTheDowngradeIs() {
		Migrate migrate = pastAnIrreversibleChangeset();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(IrreversibleChangesetException.class).isThrownBy(() -> migrate.planDowngrade(0))
			.withMessage("Cannot downgrade to version 0: version 2 (002_drop_t1_default_upgrade.sql) is marked "
				+ "irreversible and has no downgrade. Downgrade to 2 at the lowest, or restore a backup. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void versionControlOfADatabaseUnderVersionControlIsRefused() {
		Migrate migrate = atVersion(1);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(AlreadyUnderVersionControlException.class).isThrownBy(() -> migrate.versionControl(0))
			.withMessage("The database is already under version control for repository 'catalogue', at version 1. "
				+ "Use upgrade or downgrade to move it, or drop-version-control (mvn migrate:drop-version-control) first to "
				+ "start again.");
		assertUnchanged(before);
	}

	@Test
	void versionControlAtAVersionOutsideTheRepositoryIsRefused() {
		this.folder.tables(3);
		userTable();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate().versionControl(4))
			.withMessage("Cannot put the database under version control at version 4: the repository has "
				+ "versions 0 to 3. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void versionControlAtANegativeVersionIsRefused() {
		this.folder.tables(3);
		userTable();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate().versionControl(-1))
			.withMessage("Cannot put the database under version control at version -1: the repository has "
				+ "versions 0 to 3. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void theStatusOfADatabaseNotUnderVersionControlIsShownAndChangesNothing() {
		this.folder.tables(2);
		userTable();
		Fingerprint before = fingerprint();
		RepositoryStatus status = migrate().status();
		assertThat(status.dbVersion()).isNull();
		assertThat(status.pending()).containsExactly(1, 2);
		assertUnchanged(before);
	}

	@Test
	void aDowngradeOfADatabaseNotUnderVersionControlIsRefused() {
		this.folder.tables(2);
		userTable();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(() -> migrate().downgrade(0))
			.withMessage(NOT_UNDER_VERSION_CONTROL);
		assertUnchanged(before);
	}

	@Test
	void validateOfADatabaseNotUnderVersionControlIsRefused() {
		this.folder.tables(2);
		userTable();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(() -> migrate().validate())
			.withMessage(NOT_UNDER_VERSION_CONTROL);
		assertUnchanged(before);
	}

}

package dev.migrate.core.catalogue;
import java.nio.file.Files;

import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.DowngradeNotRecordedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.NonEmptySchemaException;
import dev.migrate.core.RepairResult;
import dev.migrate.core.ValidationResult;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.ScriptFolder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database in a state the repository does not expect: newer, edited behind the engine's back, another
 * tool's, or not under version control. Each is reported with what to do; what is recorded is exactly
 * what the case is about, and nothing else changes.
 */
public abstract class BadInputDatabaseStateTests extends BadInputCase {

	@Test
	void aDatabaseNewerThanTheRepositoryIsRefused() {
		this.folder.tables(3);
		migrate().upgrade();
		ScriptFolder older = new ScriptFolder(this.root.resolve("older")).tables(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(DatabaseNewerException.class)
			.isThrownBy(() -> new Migrate(config().location(older.location()).build()).upgrade())
			.withMessage("""
				The database is at version 3 of repository 'catalogue', but this release knows versions up to 2 \
				only: a newer release migrated it. Deploy that release, or with that release run downgrade \
				(mvn migrate:downgrade -Dmigrate.target=2, or java -jar <app>.jar --migrate.command=downgrade \
				--migrate.target=2), or set migrate.on-newer-database=downgrade to take the versions this release does \
				not have out with the downgrades recorded in the history (each is checked before any runs), or \
				migrate.on-newer-database=ignore if this release works with the newer schema.""");
		assertUnchanged(before);
	}

	@Test
	void aDowngradeOfADatabaseNewerThanTheRepositoryIsRefusedWhenTheHistoryHoldsNoDowngradeOfWhatItDoesNotKnow() {
		this.folder.tables(2).version(3, "create t3", "-- migrate:irreversible\nCREATE TABLE t3 (id INTEGER);\n", null);
		migrate().upgrade();
		ScriptFolder older = new ScriptFolder(this.root.resolve("older")).tables(2);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(DowngradeNotRecordedException.class)
			.isThrownBy(() -> new Migrate(config().location(older.location()).build()).downgrade(1))
			.withMessage("""
				Cannot take the database of repository 'catalogue' down from version 3 to this release's version 2 \
				with the downgrades recorded in its history: version 3 (create t3): its upgrade is marked \
				irreversible. With the release that has versions 3 to 3, run downgrade (mvn migrate:downgrade \
				-Dmigrate.target=2, or java -jar <app>.jar --migrate.command=downgrade --migrate.target=2); where a \
				version has no downgrade at all, restore a backup. Nothing was changed.""")
			.satisfies((ex) -> assertThat(ex.dbVersion()).isEqualTo(3))
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(2));
		assertUnchanged(before);
	}

	@Test
	void anEmptyRepositoryNeverAdvisesADowngradeToZero() throws Exception {
		this.folder.tables(3);
		migrate().upgrade();
		Files.createDirectories(this.root.resolve("empty/versions"));
		String empty = "file:" + this.root.resolve("empty");
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(DatabaseNewerException.class)
			.isThrownBy(() -> new Migrate(config().location(empty).allowEmptyRepository(true).build()).upgrade())
			.withMessage("""
				The database is at version 3 of repository 'catalogue', but this release's repository has no \
				versions at all. Check migrate.location (and migrate.java-package): the changesets are probably not \
				where it looks. Nothing was changed.""")
			.withMessageNotContaining("downgrade");
		assertUnchanged(before);
	}

	@Test
	void aScriptEditedAfterItRanIsRefusedWithTheMismatch() {
		this.folder.tables(2);
		migrate().upgrade();
		this.folder.version(2, "create t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY, extra INTEGER);", "DROP TABLE t2;");
		this.folder.version(3, "create t3", "CREATE TABLE t3 (id INTEGER);", "DROP TABLE t3;");
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("""
				Applied changesets differ from the ones in the repository:
				  - version 2 (002_create_t2_default_upgrade.sql): recorded checksum 63a03313, now 31b7a7fc
				  A changeset that ran must not change: put the file back as it was and make the change in a new \
				version. If the change is harmless (a comment, formatting), record the new checksums with repair \
				(mvn migrate:repair, or java -jar <app>.jar --migrate.command=repair).""");
		assertUnchanged(before);
	}

	@Test
	void repairRecordsTheChecksumOfAScriptEditedAfterItRan() {
		this.folder.tables(2);
		migrate().upgrade();
		this.folder.version(2, "create t2", "-- a comment added later\nCREATE TABLE t2 (id INTEGER PRIMARY KEY);",
				"DROP TABLE t2;");
		RepairResult repair = migrate().repair();
		assertThat(repair.clearedFailedVersion()).isNull();
		assertThat(repair.checksumsUpdated()).containsExactly(2);
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true", "2 upgrade SQL true",
				"2 repair SQL true");
		assertThat(migrate().validate().valid()).isTrue();
	}

	@Test
	void aChecksumHandEditedInAnOlderHistoryRowIsReportedByValidate() {
		this.folder.tables(3);
		migrate().upgrade();
		this.database.execute("UPDATE migrate_history SET checksum = 'deadbeef' WHERE version = 1");
		Fingerprint before = fingerprint();
		assertThat(migrate().upgrade().changed()).isFalse();
		ValidationResult validation = migrate().validate();
		assertThat(validation.checked()).isEqualTo(3);
		assertThat(validation.mismatches()).singleElement().satisfies((mismatch) -> {
			assertThat(mismatch.version()).isOne();
			assertThat(mismatch.source()).isEqualTo(tableScript(1, "upgrade"));
			assertThat(mismatch.recorded()).isEqualTo("deadbeef");
		});
		assertUnchanged(before);
	}

	@Test
	void aVersionTableOfAnotherToolIsReportedWithItsColumns() {
		this.database.execute("CREATE TABLE migrate_version (id INTEGER PRIMARY KEY, name VARCHAR(20))",
				"INSERT INTO migrate_version VALUES (1, 'other')");
		this.folder.tables(1);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("The table migrate_version in " + this.database.schema() + """
				 has the columns (id, name), not the ones Migrate keeps there (repository_id, repository_path, \
				version): it is another tool's table of the same name. Set migrate.version-table to a name of \
				Migrate's own (for example migrate_version_migrate). Nothing was changed.""");
		assertUnchanged(before);
	}

	@Test
	void aHistoryTableOfAnotherToolIsReportedWithItsColumns() {
		this.database.execute("CREATE TABLE migrate_history (id INTEGER PRIMARY KEY, note VARCHAR(20))",
				"INSERT INTO migrate_history VALUES (1, 'other')");
		this.folder.tables(1);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("The table migrate_history in " + this.database.schema() + """
				 has the columns (id, note), not the ones Migrate keeps there (id, repository_id, version, \
				description, type, direction, checksum, success, applied_by, applied_at, execution_ms): it is another \
				tool's table of the same name. Set migrate.history-table to a name of Migrate's own (for example \
				migrate_history_migrate). Nothing was changed.""");
		assertUnchanged(before);
	}

	@Test
	void aNonEmptySchemaWithoutVersionControlIsRefused() {
		userTable();
		this.folder.tables(1);
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(NonEmptySchemaException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("The schema '" + this.database.schema() + "' is not empty (tables: "
				+ (this.database.dialect().equals("h2") ? "PAGE" : "page") + """
				) but is not under version control for repository 'catalogue'. If it is the schema of version 0, put \
				it under version control there: set migrate.baseline.on-existing-schema=true (and \
				migrate.baseline.version if it is not 0), or run version-control (mvn migrate:version-control \
				-Dmigrate.version=0, or java -jar <app>.jar --migrate.command=version-control --migrate.target=0). \
				Otherwise point Migrate at another schema.""");
		assertUnchanged(before);
	}

	@Test
	void aNonEmptySchemaIsPutUnderVersionControlWhenBaselineOnExistingSchemaIsSet() {
		userTable();
		this.folder.tables(1);
		MigrationResult result = new Migrate(config().baselineOnExistingSchema(true).build()).upgrade();
		assertThat(result.fromVersion()).isZero();
		assertThat(result.toVersion()).isOne();
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true");
		assertThat(fingerprint().rowsOf("page")).containsExactly("1|home");
	}

}

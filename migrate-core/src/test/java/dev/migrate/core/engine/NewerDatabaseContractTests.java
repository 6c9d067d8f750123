package dev.migrate.core.engine;

import java.util.List;

import dev.migrate.core.Advice;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.ChangesetState;
import dev.migrate.core.ChangesetStatus;
import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.DowngradeNotRecordedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import dev.migrate.core.MigrationPlan;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.engine.newer.V004_AddTagTable;
import dev.migrate.core.engine.newer.V005_AddRowFive;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.testing.ScriptFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An older release redeployed against the database a newer one migrated: release B has versions 1 to 5
 * (SQL, and a Java changeset on the changeset API at 4), release A the first three of them. With
 * {@code on-newer-database=downgrade} A takes 5 and 4 out with the downgrades B recorded in the history;
 * everything that would stop it half way stops it before anything runs.
 */
public abstract class NewerDatabaseContractTests extends EngineCase {

	private ScriptFolder releaseA;

	private ScriptFolder releaseB;

	@BeforeEach
	void writeReleases() {
		this.releaseA = releaseUpTo3(new ScriptFolder(this.root.resolve("a")));
		this.releaseB = releaseUpTo3(new ScriptFolder(this.root.resolve("b")))
			.version(5, "add extra", "ALTER TABLE t1 ADD extra INTEGER;\nUPDATE t1 SET extra = 5;\n",
					"ALTER TABLE t1 DROP COLUMN extra;\n");
	}

	private static ScriptFolder releaseUpTo3(ScriptFolder folder) {
		return folder.version(1, "create t1", "CREATE TABLE t1 (id INTEGER PRIMARY KEY, name VARCHAR(20));\n",
				"DROP TABLE t1;\n")
			.version(2, "fill t1", "INSERT INTO t1 (id, name) VALUES (1, 'one');\nINSERT INTO t1 (id, name) VALUES (2, 'two');\n",
					"DELETE FROM t1;\n")
			.version(3, "create t3", "CREATE TABLE t3 (id INTEGER PRIMARY KEY);\nINSERT INTO t3 (id) VALUES (3);\n",
					"DROP TABLE t3;\n");
	}

	private Migrate releaseB() {
		return new Migrate(config().location(this.releaseB.location()).javaChangesets(List.of(new V004_AddTagTable())).build());
	}

	private Migrate releaseA(OnNewerDatabase onNewerDatabase) {
		return new Migrate(config().location(this.releaseA.location()).onNewerDatabase(onNewerDatabase).build());
	}

	@Test
	void anOlderReleaseDowngradesWhatItNeverKnewAndKeepsTheDataOfItsOwnVersions() {
		Migrate releaseB = releaseB();
		releaseB.upgrade(3);
		String digestAt3 = lastDigest();
		assertThat(releaseB.upgrade().toVersion()).isEqualTo(5);
		assertThat(columns("t1")).contains("extra", "tag_id");
		MigrationResult result = releaseA(OnNewerDatabase.DOWNGRADE).upgrade();
		assertThat(result.fromVersion()).isEqualTo(5);
		assertThat(result.toVersion()).isEqualTo(3);
		assertThat(result.runs()).extracting("version").containsExactly(5, 4);
		assertThat(result.runs()).extracting("direction").containsOnly(Direction.DOWNGRADE);
		assertThat(tables()).contains("t1", "t3").doesNotContain("tag");
		assertThat(columns("t1")).containsExactly("id", "name");
		assertThat(count("t1")).isEqualTo(2);
		assertThat(count("t3")).isEqualTo(1);
		assertThat(history()).endsWith("5 downgrade SQL true", "4 downgrade JAVA true");
		assertThat(lastDigest()).as("the digest the next start of release A checks in one row").isEqualTo(digestAt3);
		Migrate restarted = releaseA(OnNewerDatabase.FAIL);
		assertThat(restarted.upgrade().changed()).isFalse();
		assertThat(restarted.validate().valid()).isTrue();
		assertThat(restarted.status().changesets()).extracting(ChangesetStatus::state)
			.containsExactly(ChangesetState.APPLIED, ChangesetState.APPLIED, ChangesetState.APPLIED);
		MigrationResult again = releaseB.upgrade();
		assertThat(again.runs()).extracting("version").containsExactly(4, 5);
		assertThat(columns("t1")).contains("extra", "tag_id");
		assertThat(count("t1")).isEqualTo(2);
	}

	@Test
	void withFailAnOlderReleaseRefusesTheNewerDatabaseAndChangesNothing() {
		releaseB().upgrade();
		List<String> before = fingerprint();
		assertThatExceptionOfType(DatabaseNewerException.class).isThrownBy(releaseA(OnNewerDatabase.FAIL)::upgrade)
			.withMessageContaining("The database is at version 5")
			.withMessageContaining("knows versions up to 3 only");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void withIgnoreAnOlderReleaseStartsAndReportsTheFutureVersionsAndWhetherTheirDowngradeIsRecorded() {
		releaseB().upgrade();
		List<String> before = fingerprint();
		Migrate releaseA = releaseA(OnNewerDatabase.IGNORE);
		assertThat(releaseA.upgrade().changed()).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
		List<ChangesetStatus> changesets = releaseA.status().changesets();
		assertThat(changesets).extracting(ChangesetStatus::state)
			.containsExactly(ChangesetState.APPLIED, ChangesetState.APPLIED, ChangesetState.APPLIED,
					ChangesetState.FUTURE, ChangesetState.FUTURE);
		assertThat(changesets.subList(3, 5)).extracting(ChangesetStatus::description)
			.containsExactly("add tag table", "add extra");
		assertThat(changesets.subList(3, 5)).extracting(ChangesetStatus::downgradeRecorded).containsExactly(true, true);
		assertThat(changesets.subList(0, 3)).extracting(ChangesetStatus::downgradeRecorded).containsOnlyNulls();
	}

	@Test
	void anIrreversibleVersionStopsTheDowngradeBeforeAnythingRunsAndNamesEachVersionAndWhatToDo() {
		releaseUpTo3(new ScriptFolder(this.root.resolve("c")))
			.version(4, "drop t3", "-- migrate:irreversible\nDROP TABLE t3;\n", null);
		Migrate releaseC = new Migrate(config().location("file:" + this.root.resolve("c"))
			.javaChangesets(List.of(new V005_AddRowFive()))
			.build());
		releaseC.upgrade();
		List<String> before = fingerprint();
		assertThatExceptionOfType(DowngradeNotRecordedException.class)
			.isThrownBy(releaseA(OnNewerDatabase.DOWNGRADE)::upgrade)
			.withMessageContaining("down from version 5 to this release's version 3")
			.withMessageContaining("version 5 (add row five): its upgrade recorded no downgrade SQL: the Java "
					+ "changeset is irreversible, or its downgrade could not be written down as SQL")
			.withMessageContaining("version 4 (drop t3): its upgrade is marked irreversible")
			.withMessageContaining("With the release that has versions 4 to 5, run " + Advice.downgrade(3))
			.withMessageEndingWith("Nothing was changed.")
			.satisfies((ex) -> assertThat(ex.gaps()).extracting("version").containsExactly(5, 4));
		assertThat(fingerprint()).isEqualTo(before);
		assertThatExceptionOfType(DowngradeNotRecordedException.class)
			.isThrownBy(() -> releaseA(OnNewerDatabase.IGNORE).downgrade(2));
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(releaseA(OnNewerDatabase.IGNORE).status().changesets().subList(3, 5))
			.extracting(ChangesetStatus::downgradeRecorded)
			.containsExactly(false, false);
	}

	@Test
	void aRecordedDowngradeEditedSinceItWasRecordedIsRefused() {
		releaseB().upgrade();
		this.database.execute("UPDATE migrate_history SET downgrade_script = 'DROP TABLE t1;' WHERE version = 5");
		List<String> before = fingerprint();
		assertThatExceptionOfType(DowngradeNotRecordedException.class)
			.isThrownBy(releaseA(OnNewerDatabase.DOWNGRADE)::upgrade)
			.withMessageContaining("version 5 (add extra): its recorded downgrade was edited since it was recorded")
			.satisfies((ex) -> assertThat(ex.gaps()).extracting("version").containsExactly(5));
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(tables()).contains("t1");
	}

	@Test
	void aDowngradeTakesVersionsKnownOnlyToTheDatabaseFromTheirRecordedDowngrades() {
		releaseB().upgrade();
		Migrate releaseA = releaseA(OnNewerDatabase.FAIL);
		List<String> before = fingerprint();
		MigrationPlan plan = releaseA.planDowngrade(2);
		assertThat(plan.changesets()).extracting(MigrationPlan.Step::version).containsExactly(5, 4, 3);
		assertThat(plan.script()).containsIgnoringCase("DROP COLUMN extra")
			.containsPattern("(?i)DROP TABLE [\"`]?tag[\"`]?")
			.contains("recorded in the history with its upgrade");
		assertThat(fingerprint()).isEqualTo(before);
		MigrationResult result = releaseA.downgrade(2);
		assertThat(result.runs()).extracting("version").containsExactly(5, 4, 3);
		assertThat(releaseA.dbVersion()).isEqualTo(2);
		assertThat(tables()).contains("t1").doesNotContain("t3", "tag");
		assertThat(count("t1")).isEqualTo(2);
	}

	@Test
	void theDryRunOfAnUpgradeWithDowngradeShowsTheRecordedDowngradesFirst() {
		releaseB().upgrade();
		List<String> before = fingerprint();
		MigrationPlan plan = releaseA(OnNewerDatabase.DOWNGRADE).planUpgrade(null);
		assertThat(plan.changesets()).extracting(MigrationPlan.Step::version).containsExactly(5, 4);
		assertThat(plan.toVersion()).isEqualTo(3);
		assertThat(plan.script()).containsIgnoringCase("DROP COLUMN extra");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aHistoryTableWithoutDowngradeChecksumsNeverRunsItsDowngradesUnverified() {
		releaseB().upgrade();
		this.database.execute("ALTER TABLE migrate_history DROP COLUMN downgrade_checksum");
		List<String> before = fingerprint();
		assertThatExceptionOfType(DowngradeNotRecordedException.class)
			.isThrownBy(releaseA(OnNewerDatabase.DOWNGRADE)::upgrade)
			.withMessageContaining("version 5 (add extra): its downgrade was recorded by an earlier release, without "
					+ "the checksum that verifies it");
		assertThat(fingerprint()).isEqualTo(before);
		Migrate releaseB = releaseB();
		assertThat(releaseB.downgrade(3).runs()).extracting("version").containsExactly(5, 4);
		assertThat(columns("migrate_history")).contains("downgrade_checksum");
		releaseB.upgrade();
		assertThat(releaseA(OnNewerDatabase.DOWNGRADE).upgrade().toVersion()).isEqualTo(3);
	}

	@Test
	void aRecordedDowngradeThatFailsIsReportedAsAnyChangesetAndKeptAsItsProtocolKeepsIt() {
		releaseUpTo3(new ScriptFolder(this.root.resolve("c")))
			.version(4, "add note", "ALTER TABLE t1 ADD note INTEGER;\n", "ALTER TABLE t1 DROP COLUMN no_such_column;\n");
		new Migrate(config().location("file:" + this.root.resolve("c")).build()).upgrade();
		Migrate releaseA = releaseA(OnNewerDatabase.DOWNGRADE);
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(releaseA::upgrade)
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(4))
			.satisfies((ex) -> assertThat(ex.direction()).isEqualTo(Direction.DOWNGRADE))
			.satisfies((ex) -> assertThat(ex.source()).isEqualTo("the downgrade of version 4 recorded in migrate_history"));
		assertThat(releaseA.dbVersion()).isEqualTo(4);
		boolean transactional = Dialects.byName(this.database.dialect()).supportsTransactionalDdl();
		assertThat(releaseA.status().dirty()).isEqualTo(!transactional);
		if (!transactional) {
			assertThat(releaseA.repair().clearedFailedVersion()).isEqualTo(4);
		}
		assertThat(releaseA.status().changesets().get(3).downgradeRecorded()).isTrue();
	}

	@Test
	void aReleaseThatFindsNoVersionsNeverUndoesEveryVersion() throws Exception {
		releaseB().upgrade();
		java.nio.file.Files.createDirectories(this.root.resolve("empty/versions"));
		List<String> before = fingerprint();
		Migrate lost = new Migrate(config().location("file:" + this.root.resolve("empty"))
			.allowEmptyRepository(true)
			.onNewerDatabase(OnNewerDatabase.DOWNGRADE)
			.build());
		assertThatExceptionOfType(DatabaseNewerException.class).isThrownBy(lost::upgrade)
			.withMessageContaining("this release's repository has no versions at all");
		assertThatExceptionOfType(DatabaseNewerException.class).isThrownBy(() -> lost.downgrade(0))
			.withMessageContaining("this release's repository has no versions at all");
		assertThat(fingerprint()).isEqualTo(before);
	}

	private String lastDigest() {
		return this.database.query("SELECT applied_digest FROM migrate_history WHERE id = (SELECT MAX(id) FROM "
				+ "migrate_history)").get(0);
	}

}

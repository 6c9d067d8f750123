package dev.migrate.core.engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.AlreadyUnderVersionControlException;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.ChangesetState;
import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.IrreversibleChangesetException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrationPlan;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.NonEmptySchemaException;
import dev.migrate.core.NotUnderVersionControlException;
import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.RoundTripException;
import dev.migrate.core.RoundTripFailure;
import dev.migrate.core.RoundTripOptions;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.schema.seed.V001_AddCtimeToPage;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.ScriptFolder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the engine does on every database. Each subclass names its database; each test gets a schema
 * or database of its own, dropped afterwards.
 */
public abstract class EngineContractTests extends EngineCase {

	/** A table the database refuses to create, for a type it does not know; SQLite refuses one only if STRICT. */
	protected String unknownTypeTable() {
		return "CREATE TABLE broken (id NOSUCHTYPE)";
	}

	/**
	 * How a dry run writes {@code V001_AddCtimeToPage}'s new column down: {@code ALTER TABLE page ADD}, where the
	 * database adds a column whose default is the current time.
	 */
	protected String addedCtimePattern() {
		return "(?i)ALTER TABLE [\"`]?page[\"`]? ADD";
	}

	// The version arithmetic of SQLAlchemy-Migrate's own suite

	@Test
	void upgradesAndDowngradesStepByStep() {
		this.folder.tables(10);
		Migrate migrate = migrate();
		assertThat(migrate.version()).isEqualTo(10);
		assertThat(migrate.versionControl(0).version()).isZero();
		assertThat(migrate.dbVersion()).isZero();
		assertThat(migrate.upgrade(1).runs()).hasSize(1);
		assertThat(migrate.dbVersion()).isEqualTo(1);
		assertThat(migrate.upgrade(5).runs()).extracting("version").containsExactly(2, 3, 4, 5);
		MigrationResult again = migrate.upgrade(5);
		assertThat(again.changed()).isFalse();
		assertThat(again.toVersion()).isEqualTo(5);
		assertThat(migrate.upgrade().toVersion()).isEqualTo(10);
		assertThat(tables()).contains("t1", "t10");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(11))
			.withMessageContaining("Cannot upgrade to version 11: the repository's versions run from 0 to 10");
		assertThat(migrate.dbVersion()).isEqualTo(10);
		assertThat(migrate.downgrade(9).runs()).extracting("version").containsExactly(10);
		assertThat(tables()).doesNotContain("t10");
		assertThat(migrate.downgrade(0).runs()).hasSize(9);
		assertThat(migrate.dbVersion()).isZero();
		assertThat(tables()).noneMatch((table) -> table.matches("t\\d+"));
	}

	@Test
	void rejectsTargetsThatAreNotVersionsAndChangesNothing() {
		this.folder.tables(3);
		Migrate migrate = migrate();
		migrate.versionControl(0);
		migrate.upgrade(2);
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(-1));
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade(-1))
			.withMessageContaining("versions are 0 or more");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade("a"))
			.withMessage("'a' is not a version: give a whole number, 0 or more. Nothing was changed.");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade("a"));
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.upgrade(1))
			.withMessageContaining("the database is at version 2 already. Use downgrade");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.downgrade(3))
			.withMessageContaining("Use upgrade to go forward");
		assertThat(migrate.dbVersion()).isEqualTo(2);
		assertThat(migrate.upgrade("3").toVersion()).isEqualTo(3);
	}

	@Test
	void versionControlAcceptsVersionsOfTheRepositoryOnly() {
		this.folder.tables(10);
		for (int version : new int[] { 0, 5, 10 }) {
			Migrate migrate = migrate();
			assertThat(migrate.versionControl(version).version()).isEqualTo(version);
			assertThat(migrate.dbVersion()).isEqualTo(version);
			migrate.dropVersionControl();
		}
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate().versionControl(13))
			.withMessageContaining("the repository has versions 0 to 10");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate().versionControl(-1));
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate().versionControl("x"));
		assertThat(tables()).doesNotContain("migrate_version");
	}

	@Test
	void refusesToControlADatabaseTwice() {
		this.folder.tables(2);
		migrate().versionControl(1);
		assertThatExceptionOfType(AlreadyUnderVersionControlException.class).isThrownBy(() -> migrate().versionControl(0))
			.withMessageContaining("already under version control for repository 'test_repository', at version 1");
	}

	@Test
	void refusesADatabaseThatIsNotUnderControl() {
		this.folder.tables(2);
		this.database.execute("CREATE TABLE existing (id INTEGER)");
		Migrate migrate = migrate();
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(migrate::dbVersion)
			.withMessageContaining("not under version control for repository 'test_repository'");
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(() -> migrate.downgrade(0));
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(migrate::validate);
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(migrate::dropVersionControl);
		assertThatExceptionOfType(NonEmptySchemaException.class).isThrownBy(migrate::upgrade)
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("is not empty (tables: existing)"))
			.withMessageContaining("migrate.baseline.on-existing-schema=true");
		assertThat(tables()).containsExactly("existing");
	}

	@Test
	void putsAnEmptyDatabaseUnderControlAndRunsTheBaselineScript() {
		this.folder.file("versions/000_baseline_default_upgrade.sql", "CREATE TABLE page (id INTEGER PRIMARY KEY);")
			.version(1, "add title", "ALTER TABLE page ADD title VARCHAR(100);", "ALTER TABLE page DROP COLUMN title;");
		MigrationResult result = migrate().upgrade();
		assertThat(result.toVersion()).isEqualTo(1);
		assertThat(columns("page")).contains("title");
		RepositoryStatus status = migrate().status();
		assertThat(status.changesets()).singleElement().satisfies((changeset) -> {
			assertThat(changeset.state()).isEqualTo(ChangesetState.APPLIED);
			assertThat(changeset.checksumMatches()).isTrue();
			assertThat(changeset.appliedBy()).isNotBlank();
			assertThat(changeset.appliedAt()).isNotNull();
		});
		assertThat(history()).containsExactly("0 upgrade BASELINE true", "1 upgrade SQL true");
	}

	@Test
	void stampsAnExistingSchemaAtTheBaselineVersionWhenAllowed() {
		this.folder.file("versions/000_baseline_default_upgrade.sql", "CREATE TABLE page (id INTEGER PRIMARY KEY);")
			.version(1, "add title", "ALTER TABLE page ADD title VARCHAR(100);", "ALTER TABLE page DROP COLUMN title;");
		this.database.execute("CREATE TABLE page (id INTEGER PRIMARY KEY)", "INSERT INTO page (id) VALUES (7)");
		MigrationResult result = new Migrate(config().baselineOnExistingSchema(true).build()).upgrade();
		assertThat(result.fromVersion()).isZero();
		assertThat(result.toVersion()).isEqualTo(1);
		assertThat(count("page")).isEqualTo(1);
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true");
	}

	@Test
	void takesOverADatabaseThatSqlAlchemyMigrateManaged() {
		this.folder.file("migrate.cfg", "[db_settings]\nrepository_id = cms\nversion_table = migrate_version\n")
			.tables(4);
		this.database.execute("CREATE TABLE t1 (id INTEGER PRIMARY KEY)", "CREATE TABLE t2 (id INTEGER PRIMARY KEY)",
				"CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, "
						+ "version INTEGER, PRIMARY KEY (repository_id))",
				"INSERT INTO migrate_version VALUES ('cms', '/srv/cms/migrations', 2)");
		Migrate migrate = new Migrate(config().repositoryId(null).build());
		assertThat(migrate.dbVersion()).isEqualTo(2);
		assertThat(migrate.status().pending()).containsExactly(3, 4);
		assertThat(migrate.upgrade().runs()).extracting("version").containsExactly(3, 4);
		assertThat(migrate.downgrade(2).toVersion()).isEqualTo(2);
		assertThat(tables()).contains("t1", "t2").doesNotContain("t3");
	}

	@Test
	void dropVersionControlRemovesThisRepositoryOnly() {
		this.folder.tables(1);
		Migrate first = migrate();
		Migrate second = new Migrate(config().repositoryId("other").build());
		first.versionControl(1);
		second.versionControl(0);
		first.dropVersionControl();
		assertThatExceptionOfType(NotUnderVersionControlException.class).isThrownBy(first::dbVersion);
		assertThat(second.dbVersion()).isZero();
		second.dropVersionControl();
		assertThat(tables()).doesNotContain("migrate_version", "migrate_history");
	}

	@Test
	void refusesADowngradePastAnIrreversibleChangesetUpFront() {
		this.folder.tables(1).version(2, "drop t1", "-- migrate:irreversible\nDROP TABLE t1;", null);
		this.folder.version(3, "create t3", "CREATE TABLE t3 (id INTEGER);", "DROP TABLE t3;");
		Migrate migrate = migrate();
		migrate.upgrade();
		assertThatExceptionOfType(IrreversibleChangesetException.class).isThrownBy(() -> migrate.downgrade(1))
			.withMessageContaining("version 2 (002_drop_t1_default_upgrade.sql) is marked irreversible");
		assertThat(migrate.dbVersion()).isEqualTo(3);
		assertThat(tables()).contains("t3");
		assertThat(migrate.downgrade(2).toVersion()).isEqualTo(2);
	}

	@Test
	void refusesADatabaseNewerThanTheRepository() {
		this.folder.tables(3);
		migrate().upgrade();
		ScriptFolder older = new ScriptFolder(this.root.resolve("older")).tables(2);
		Migrate olderRelease = new Migrate(config().location(older.location()).build());
		assertThatExceptionOfType(DatabaseNewerException.class).isThrownBy(olderRelease::upgrade)
			.withMessageContaining("The database is at version 3")
			.withMessageContaining("knows versions up to 2 only");
		RepositoryStatus status = olderRelease.status();
		assertThat(status.changesets().get(2).state()).isEqualTo(ChangesetState.FUTURE);
		assertThat(status.changesets().get(2).description()).isEqualTo("create t3");
		MigrationResult ignored = new Migrate(config().location(older.location())
			.onNewerDatabase(MigrateConfig.OnNewerDatabase.IGNORE)
			.build()).upgrade();
		assertThat(ignored.changed()).isFalse();
	}

	@Test
	void aReleaseThatFindsNoVersionsNeverAdvisesADowngradeToZero() throws Exception {
		this.folder.tables(3);
		migrate().upgrade();
		Files.createDirectories(this.root.resolve("empty/versions"));
		Migrate lost = new Migrate(config().location(this.root.resolve("empty").toString()).build());
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(lost::upgrade)
			.withMessageContaining("the repository has no changesets: file:" + this.root.resolve("empty")
					+ "/versions has no scripts. If it is to be empty for now, set migrate.allow-empty-repository=true");
		Migrate allowed = new Migrate(config().location(this.root.resolve("empty").toString())
			.allowEmptyRepository(true)
			.build());
		assertThatExceptionOfType(DatabaseNewerException.class).isThrownBy(allowed::upgrade)
			.withMessageContaining("this release's repository has no versions at all. Check migrate.location")
			.withMessageNotContaining("downgrade");
		assertThat(tables()).contains("t1", "t2", "t3");
	}

	@Test
	void aVersionTableFromMigrateCfgNeverReachesSqlUnchecked() {
		this.database.execute("CREATE TABLE page (id INTEGER PRIMARY KEY)");
		this.folder.file("migrate.cfg", "[db_settings]\nversion_table = migrate_version WHERE 1=0; DROP TABLE page; --\n")
			.tables(1);
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> new Migrate(config().repositoryId(null)
			.build()).upgrade()).withMessageContaining("which is not a plain SQL name");
		assertThat(tables()).containsExactly("page");
	}

	@Test
	void aByteNotInTheCharsetStopsTheRunBeforeItsFirstChangesetAndNamesWhere() throws Exception {
		this.folder.tables(1);
		byte[] latin1 = "CREATE TABLE t2 (id INTEGER PRIMARY KEY);\n-- caf\u00e9\nINSERT INTO t2 VALUES (1);\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Files.write(this.root.resolve("versions/002_latin_default_upgrade.sql"), latin1);
		this.folder.file("versions/002_latin_default_downgrade.sql", "DROP TABLE t2;");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("002_latin_default_upgrade.sql: byte 0xE9 at offset 48 (line 2) is not valid UTF-8. Save the file "
					+ "as UTF-8, or set migrate.encoding to the charset it is written in (for example ISO-8859-1). "
					+ "Nothing of it was run.");
		assertThat(tables()).doesNotContain("t1", "t2");
		Migrate latin = new Migrate(config().encoding(java.nio.charset.StandardCharsets.ISO_8859_1).build());
		latin.upgrade();
		assertThat(tables()).contains("t1", "t2");
	}

	@Test
	void anEmptyOrCommentsOnlyScriptIsRunWithAWarningNamingIt() {
		this.folder.tables(1).version(2, "nothing yet", "-- to be written\n", "");
		try (Logs logs = Logs.capture()) {
			migrate().upgrade();
			assertThat(logs.lines()).contains("WARN 002_nothing_yet_default_upgrade.sql has no statement (it is empty or "
					+ "only comments): it is recorded as run, and changes nothing");
		}
		assertThat(migrate().dbVersion()).isEqualTo(2);
	}

	@Test
	void aVersionTableOfAnotherToolIsReportedWithItsColumnsAndTheWayOut() {
		this.database.execute("CREATE TABLE migrate_version (id INTEGER PRIMARY KEY, name VARCHAR(20))",
				"INSERT INTO migrate_version VALUES (1, 'other')");
		this.folder.tables(1);
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate().upgrade())
			.withMessageStartingWith("The table migrate_version in ")
			.withMessageContaining("has the columns (id, name), not the ones Migrate keeps there (repository_id, "
					+ "repository_path, version): it is another tool's table of the same name. Set migrate.version-table "
					+ "to a name of Migrate's own (for example migrate_version_migrate). Nothing was changed.");
		assertThat(tables()).containsExactly("migrate_version");
	}

	@Test
	void aMissingSchemaIsCreatedUnlessTheConfigurationSaysNot() throws SQLException {
		this.folder.tables(1);
		String schema = "migrate_new_" + Long.toHexString(System.nanoTime());
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new Migrate(config().schema(schema).createSchema(false).build()).upgrade())
			.withMessageStartingWith("The schema '" + schema + "' (migrate.schema) does not exist")
			.withMessageEndingWith("Create it, correct migrate.schema, or set migrate.create-schema=true to let Migrate "
					+ "create it. Nothing was changed.");
		assertThat(scratchOrNewSchemas(schema)).isEmpty();
		try {
			assertThat(new Migrate(config().schema(schema).build()).upgrade().toVersion()).isEqualTo(1);
			assertThat(scratchOrNewSchemas(schema)).hasSize(1);
			assertThat(tables()).isEmpty();
		}
		finally {
			try (Connection connection = this.database.dataSource().getConnection()) {
				Dialects.byName(dialectName()).dropSchema(connection, schema);
			}
		}
	}

	@Test
	void aMisspelledDirectiveStopsItsChangesetBeforeAnythingRuns() {
		this.folder.tables(1).version(2, "index", "-- migrate:no-transactoin\nCREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> assertThat(ex.dirty()).isFalse())
			.withMessageContaining("The upgrade of version 2 failed in 002_index_default_upgrade.sql: '-- migrate:no-transactoin' "
					+ "is not a directive: the directives are -- migrate:irreversible and -- migrate:no-transaction");
		assertThat(migrate().dbVersion()).isEqualTo(1);
		assertThat(tables()).doesNotContain("t2");
	}

	// Running changesets

	@Test
	void choosesTheDialectsScriptOverTheDefault() {
		String dialect = dialectName();
		this.folder.version(1, "create t", dialect, "CREATE TABLE chosen (id INTEGER);", "DROP TABLE chosen;")
			.version(1, "create t", "default", "CREATE TABLE fallback (id INTEGER);", "DROP TABLE fallback;");
		migrate().upgrade();
		assertThat(tables()).contains("chosen").doesNotContain("fallback");
	}

	@Test
	void replacesPlaceholders() {
		this.folder.version(1, "create", "CREATE TABLE ${prefix}_page (id INTEGER);", "DROP TABLE ${prefix}_page;");
		new Migrate(config().placeholder("prefix", "cms").build()).upgrade();
		assertThat(tables()).contains("cms_page");
	}

	@Test
	void reportsAPlaceholderWithoutValueAndRecordsNothing() {
		this.folder.version(1, "create", "CREATE TABLE a (id INTEGER);\nCREATE TABLE ${prefix}_page (id INTEGER);",
				"DROP TABLE a;");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.withMessageContaining("001_create_default_upgrade.sql line 2 uses the placeholder ${prefix}, which has no value");
		assertThat(migrate().dbVersion()).isZero();
		assertThat(migrate().status().dirty()).isFalse();
		assertThat(tables()).doesNotContain("a");
	}

	@Test
	void runsJavaChangesetsInTheirContext() {
		this.folder.version(2, "add name", "ALTER TABLE tag ADD name2 VARCHAR(10);", "ALTER TABLE tag DROP COLUMN name2;");
		Migrate migrate = new Migrate(config().javaPackage("dev.migrate.core.repository.scanned").build());
		migrate.upgrade();
		assertThat(columns("tag")).contains("name", "name2");
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade JAVA true", "2 upgrade SQL true");
		migrate.downgrade(0);
		assertThat(tables()).doesNotContain("tag");
	}

	@Test
	void recordsTheDowngradeScriptWithEachUpgrade() throws SQLException {
		this.folder.version(1, "create", "CREATE TABLE a (id INTEGER);", "DROP TABLE ${t};");
		new Migrate(config().placeholder("t", "a").build()).upgrade();
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT downgrade_script FROM migrate_history WHERE version = 1")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("DROP TABLE a;");
		}
	}

	@Test
	void detectsChecksumDriftAndRepairRecordsTheNewChecksum() {
		this.folder.tables(2);
		Migrate migrate = migrate();
		migrate.upgrade();
		assertThat(migrate.validate().valid()).isTrue();
		assertThat(migrate.validate().checked()).isEqualTo(2);
		this.folder.version(2, "create t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY, extra INTEGER);", "DROP TABLE t2;");
		assertThat(migrate.validate().mismatches()).singleElement().satisfies((mismatch) -> {
			assertThat(mismatch.version()).isEqualTo(2);
			assertThat(mismatch.source()).isEqualTo("002_create_t2_default_upgrade.sql");
		});
		assertThat(migrate.status().changesets().get(1).checksumMatches()).isFalse();
		assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(migrate::upgrade)
			.withMessageContaining("version 2 (002_create_t2_default_upgrade.sql): recorded checksum")
			.withMessageContaining("make the change in a new version");
		assertThat(new Migrate(config().validateOnUpgrade(false).build()).upgrade().changed()).isFalse();
		assertThat(migrate.repair().checksumsUpdated()).containsExactly(2);
		assertThat(migrate.validate().valid()).isTrue();
		assertThat(migrate.upgrade().toVersion()).isEqualTo(2);
	}

	@Test
	void everyWayToAVersionLeavesTheSameDigestForTheStartupCheck() {
		this.folder.tables(5);
		Migrate migrate = migrate();
		migrate.upgrade(3);
		String upgraded = lastDigest("test_repository");
		assertThat(upgraded).hasSize(16);
		migrate.upgrade();
		assertThat(lastDigest("test_repository")).isNotEqualTo(upgraded);
		migrate.downgrade(3);
		assertThat(lastDigest("test_repository")).isEqualTo(upgraded);
		new Migrate(config().repositoryId("stamped").build()).versionControl(3);
		assertThat(lastDigest("stamped")).isEqualTo(upgraded);
	}

	@Test
	void aRepositoryThatDoesNotLoadIsReportedBeforeAnythingRuns() {
		this.folder.tables(2).file("versions/003_no_dialect_upgrade.sql", "CREATE TABLE t3 (id INTEGER);");
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> migrate().upgrade())
			.withMessageContaining("003_no_dialect_upgrade.sql");
		assertThat(tables()).noneMatch((table) -> table.matches("t\\d+"));
	}

	@Test
	void aDigestThatDoesNotMatchFallsBackToTheWholeHistory() {
		this.folder.tables(3);
		Migrate migrate = migrate();
		migrate.upgrade();
		this.database.execute("UPDATE migrate_history SET applied_digest = 'ffffffffffffffff'");
		assertThat(migrate.upgrade().changed()).isFalse();
		this.database.execute("UPDATE migrate_history SET applied_digest = NULL");
		this.folder.version(2, "create t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY, extra INTEGER);", "DROP TABLE t2;");
		assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(migrate::upgrade)
			.withMessageContaining("version 2 (002_create_t2_default_upgrade.sql)");
		migrate.repair();
		assertThat(lastDigest("test_repository")).isNotNull();
		assertThat(migrate.upgrade().changed()).isFalse();
	}

	private String lastDigest(String repositoryId) {
		return this.database.query("SELECT applied_digest FROM migrate_history WHERE id = (SELECT MAX(id) FROM "
				+ "migrate_history WHERE repository_id = '" + repositoryId + "')").get(0);
	}

	@Test
	void roundTripPassesForGoodDowngradesAndLeavesTheLatestVersion() {
		this.folder.tables(3).version(4, "index t1", "CREATE INDEX ix_t1_id ON t1 (id);", dropIndex("ix_t1_id", "t1"));
		Migrate migrate = migrate();
		migrate.upgrade(1);
		RoundTripResult result = migrate.test();
		assertThat(result.tested()).containsExactly(2, 3, 4);
		assertThat(result.dbVersion()).isEqualTo(4);
		assertThat(migrate.dbVersion()).isEqualTo(4);
	}

	@Test
	void roundTripCatchesADowngradeThatForgetsAnIndex() {
		this.folder.tables(2).version(3, "create index", "CREATE INDEX ix_t1_id ON t1 (id);", "SELECT 1;");
		Migrate migrate = migrate();
		migrate.upgrade(2);
		assertThatExceptionOfType(RoundTripException.class).isThrownBy(migrate::test)
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(3))
			.withMessageContaining("The downgrade of version 3 (003_create_index_default_downgrade.sql) does not undo its upgrade")
			.withMessageContaining("Fix 003_create_index_default_downgrade.sql so that it reverses every change of the upgrade.")
			.withMessageContaining("The configured schema is left as the first failure left it, at version 2")
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("index \"ix_t1_id\" (id) was added"));
	}

	@Test
	void theRoundTripReportsEveryBrokenDowngradeInOneRunAndLeavesTheConfiguredSchemaAsItWas() {
		this.folder.tables(1)
			.version(2, "forgets t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY);", "SELECT 1;")
			.version(3, "forgets t3", "CREATE TABLE t3 (id INTEGER PRIMARY KEY);", "SELECT 1;")
			.version(4, "good", "CREATE TABLE t4 (id INTEGER PRIMARY KEY);", "DROP TABLE t4;")
			.version(5, "forgets t5", "CREATE TABLE t5 (id INTEGER PRIMARY KEY);", "SELECT 1;");
		Migrate migrate = migrate();
		List<String> before = fingerprint();
		List<String> scratchSchemasBefore = scratchSchemas();
		assertThatExceptionOfType(RoundTripException.class).isThrownBy(migrate::testInScratchSchema)
			.satisfies((ex) -> assertThat(ex.failures()).extracting(RoundTripFailure::version).containsExactly(2, 3, 5))
			.satisfies((ex) -> assertThat(ex.failures()).extracting(RoundTripFailure::downgrade)
				.containsExactly("002_forgets_t2_default_downgrade.sql", "003_forgets_t3_default_downgrade.sql",
						"005_forgets_t5_default_downgrade.sql"))
			.withMessageStartingWith("The round trip found 3 failures:\n\n- The downgrade of version 2 "
					+ "(002_forgets_t2_default_downgrade.sql) does not undo its upgrade.")
			.withMessageNotContaining("The configured schema is left");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(scratchSchemas()).isSubsetOf(scratchSchemasBefore);
		assertThatExceptionOfType(RoundTripException.class)
			.isThrownBy(() -> migrate.testInScratchSchema(RoundTripOptions.DEFAULT.withFailFast(true)))
			.satisfies((ex) -> assertThat(ex.failures()).extracting(RoundTripFailure::version).containsExactly(2));
	}

	@Test
	void theWholePathCatchesADowngradeThatBreaksOnlyAnOlderDowngrade() {
		this.folder.version(1, "create t", "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;")
			.version(2, "drop row one", "DELETE FROM t WHERE id = 1;", "INSERT INTO t (id) VALUES (1);")
			.version(3, "drop row one again", "DELETE FROM t WHERE id = 1;", "INSERT INTO t (id) VALUES (1);");
		Migrate migrate = migrate();
		assertThatExceptionOfType(RoundTripException.class).isThrownBy(migrate::testInScratchSchema)
			.satisfies((ex) -> assertThat(ex.failures()).singleElement().satisfies((failure) -> {
				assertThat(failure.wholePath()).isTrue();
				assertThat(failure.version()).isEqualTo(2);
				assertThat(failure.downgrade()).isEqualTo("002_drop_row_one_default_downgrade.sql");
			}))
			.withMessageStartingWith("Downgrading every version in one go failed at version 2 "
					+ "(002_drop_row_one_default_downgrade.sql): The downgrade of version 2 failed in "
					+ "002_drop_row_one_default_downgrade.sql at line 1: ")
			.withMessageContaining("Each changeset passed its own round trip");
		RoundTripResult alone = migrate.testInScratchSchema(RoundTripOptions.DEFAULT.withWholePath(false));
		assertThat(alone.tested()).containsExactly(1, 2, 3);
		assertThat(alone.wholePathChecked()).isFalse();
		assertThat(tables()).isEmpty();
	}

	@Test
	void roundTripCatchesADowngradeThatForgetsAView() {
		this.folder.tables(2).version(3, "create view", "CREATE VIEW v_t1 AS SELECT id FROM t1;", "SELECT 1;");
		Migrate migrate = migrate();
		migrate.upgrade(2);
		assertThatExceptionOfType(RoundTripException.class).isThrownBy(migrate::test)
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(3))
			.satisfies((ex) -> assertThat(ex.diff().differences()).singleElement()
				.asString()
				.isEqualToIgnoringCase("view \"v_t1\" was added"));
	}

	@Test
	void theOrderOfColumnsCountsOnlyWhenAsked() {
		this.folder.version(1, "create t", "CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER);", "DROP TABLE t;")
			.version(2, "drop b", "ALTER TABLE t DROP COLUMN b;", "ALTER TABLE t ADD COLUMN b INTEGER;");
		Migrate migrate = migrate();
		assertThat(migrate.testInScratchSchema().tested()).containsExactly(1, 2);
		assertThatExceptionOfType(RoundTripException.class)
			.isThrownBy(() -> migrate.testInScratchSchema(RoundTripOptions.DEFAULT.withColumnOrder(true)))
			.satisfies((ex) -> assertThat(ex.diff().differences()).singleElement()
				.asString()
				.isEqualToIgnoringCase("table \"t\": column order (a, b, c) -> (a, c, b)"));
	}

	@Test
	void roundTripInAScratchSchemaLeavesTheConfiguredSchemaAsItWas() {
		this.folder.tables(3).version(4, "index t1", "CREATE INDEX ix_t1_id ON t1 (id);", dropIndex("ix_t1_id", "t1"));
		Migrate migrate = migrate();
		migrate.upgrade(1);
		List<String> tablesBefore = tables();
		List<String> scratchSchemasBefore = scratchSchemas();
		RoundTripResult result = migrate.testInScratchSchema();
		assertThat(result.tested()).containsExactly(1, 2, 3, 4);
		assertThat(result.dbVersion()).isEqualTo(4);
		assertThat(migrate.dbVersion()).isEqualTo(1);
		assertThat(tables()).isEqualTo(tablesBefore);
		assertThat(scratchSchemas()).isSubsetOf(scratchSchemasBefore);
	}

	@Test
	void aFailedRoundTripInAScratchSchemaDropsItAndTouchesNothingElse() {
		this.folder.tables(2).version(3, "create index", "CREATE INDEX ix_t1_id ON t1 (id);", "SELECT 1;");
		Migrate migrate = migrate();
		List<String> scratchSchemasBefore = scratchSchemas();
		assertThatExceptionOfType(RoundTripException.class).isThrownBy(migrate::testInScratchSchema)
			.satisfies((ex) -> assertThat(ex.version()).isEqualTo(3));
		assertThat(tables()).isEmpty();
		assertThat(scratchSchemas()).isSubsetOf(scratchSchemasBefore);
	}

	@Test
	void aDryRunUpgradeWritesDownEveryStatementAndChangesNothing() {
		this.folder.tables(3);
		Migrate migrate = migrate();
		MigrationPlan fromScratch = migrate.planUpgrade(null);
		assertThat(fromScratch.fromVersion()).isNull();
		assertThat(fromScratch.toVersion()).isEqualTo(3);
		assertThat(fromScratch.changesets()).extracting(MigrationPlan.Step::version).containsExactly(1, 2, 3);
		assertThat(fromScratch.script()).contains("Nothing was changed", "CREATE TABLE migrate_version",
				"CREATE TABLE migrate_history", "INSERT INTO migrate_version (repository_id, repository_path, version) "
						+ "VALUES ('test_repository', ",
				"CREATE TABLE t1 (id INTEGER PRIMARY KEY);", "CREATE TABLE t3 (id INTEGER PRIMARY KEY);",
				"UPDATE migrate_version SET version = 3 WHERE repository_id = 'test_repository';",
				"'DROP TABLE t3;\n'");
		assertThat(tables()).isEmpty();
		migrate.upgrade(1);
		List<String> before = fingerprint();
		MigrationPlan plan = migrate.planUpgrade(3);
		assertThat(plan.fromVersion()).isEqualTo(1);
		assertThat(plan.preparation()).isEmpty();
		assertThat(plan.script()).doesNotContain("CREATE TABLE t1 ", "CREATE TABLE migrate_version")
			.contains("-- Version 2 (002_create_t2_default_upgrade.sql): create t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY);",
					"UPDATE migrate_version SET version = 2 WHERE repository_id = 'test_repository';");
		assertThat(migrate.planUpgrade(1).isEmpty()).isTrue();
		assertThat(migrate.planUpgrade(1).script()).contains("Nothing to run: the database is at version 1.");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aDryRunDowngradeMakesTheSameChecksAsTheDowngrade() {
		this.folder.tables(2).version(3, "drop t1", "-- migrate:irreversible\nDROP TABLE t1;", null);
		Migrate migrate = migrate();
		migrate.upgrade(2);
		List<String> before = fingerprint();
		MigrationPlan plan = migrate.planDowngrade(0);
		assertThat(plan.changesets()).extracting(MigrationPlan.Step::version).containsExactly(2, 1);
		assertThat(plan.script()).contains("Dry run of downgrade", "DROP TABLE t2;", "DROP TABLE t1;",
				"UPDATE migrate_version SET version = 0 WHERE repository_id = 'test_repository';", "'downgrade'");
		assertThatExceptionOfType(InvalidVersionException.class).isThrownBy(() -> migrate.planDowngrade(3));
		migrate.upgrade();
		assertThatExceptionOfType(IrreversibleChangesetException.class).isThrownBy(() -> migrate.planDowngrade(1));
		assertThat(fingerprint()).isNotEqualTo(before);
		List<String> after = fingerprint();
		migrate.planDowngrade(3);
		assertThat(fingerprint()).isEqualTo(after);
	}

	@Test
	void aDryRunWritesJavaChangesetsThroughTheChangesetApiAndSaysWhatItCannotShow() {
		this.folder.file("versions/000_baseline_default_upgrade.sql", "CREATE TABLE page (id INTEGER PRIMARY KEY);\n");
		Migrate migrate = new Migrate(config().javaChangesets(List.of(new V001_AddCtimeToPage())).build());
		migrate.versionControl(0);
		assertThat(migrate.planUpgrade(null).script()).containsPattern(addedCtimePattern())
			.contains("written through the changeset API");
		Migrate direct = new Migrate(config().javaPackage("dev.migrate.core.repository.scanned").build());
		assertThat(direct.planUpgrade(null).script()).contains("its statements cannot be shown without running it");
		assertThat(tables()).containsExactlyInAnyOrder("page", "migrate_version", "migrate_history");
	}

	@Test
	void aFailingStatementIsReportedAtTheLineTheDatabaseNames() {
		this.folder.tables(1).version(2, "broken", "CREATE TABLE good (id INTEGER);\nSELECT id,\n  FROM t1;\n",
				"DROP TABLE good;");
		int expected = this.database.dialect().equals("h2") ? 2 : 3; // H2's driver does not say where
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(expected))
			.withMessageContaining("002_broken_default_upgrade.sql at line " + expected + ": ");
	}

	@Test
	void failingChangesetErrorNamesFileLineAndStatement() {
		this.folder.tables(1).version(2, "broken", "CREATE TABLE good (id INTEGER);\n\n-- comment\n" + unknownTypeTable() + ";",
				"DROP TABLE good;");
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.satisfies((ex) -> {
				assertThat(ex.version()).isEqualTo(2);
				assertThat(ex.source()).isEqualTo("002_broken_default_upgrade.sql");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.statement()).isEqualTo(unknownTypeTable());
			})
			.withMessageContaining("The upgrade of version 2 failed in 002_broken_default_upgrade.sql at line 4: ");
		assertThat(migrate().dbVersion()).isEqualTo(1);
	}

	@Test
	void upgradeFromFourThreadsAppliesEachChangesetOnce() throws Exception {
		this.folder.tables(8);
		int threads = 4;
		CyclicBarrier barrier = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<MigrationResult> upgrade = () -> {
					barrier.await(10, TimeUnit.SECONDS);
					return migrate().upgrade();
				};
				results.add(executor.submit(upgrade));
			}
			int runs = 0;
			for (Future<MigrationResult> result : results) {
				MigrationResult migration = result.get(60, TimeUnit.SECONDS);
				assertThat(migration.toVersion()).isEqualTo(8);
				runs += migration.runs().size();
			}
			assertThat(runs).isEqualTo(8);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(history()).filteredOn((row) -> row.contains("upgrade")).hasSize(8).doesNotHaveDuplicates();
		assertThat(history()).filteredOn((row) -> row.startsWith("0 stamp")).hasSize(1);
	}

	@Test
	void writesNewScriptsWithTheNextNumber() throws Exception {
		this.folder.tables(2);
		Migrate migrate = new Migrate(config().javaPackage("db.migrate").build());
		Path versions = this.root.resolve("versions");
		assertThat(migrate.newSqlScript(versions, "Add tags!", dialectName())).extracting((path) -> path.getFileName().toString())
			.containsExactly("003_add_tags_" + dialectName() + "_upgrade.sql", "003_add_tags_" + dialectName() + "_downgrade.sql");
		Path java = migrate.newScript(this.root.resolve("java"), "create tag table");
		assertThat(java.getFileName()).hasToString("V004_CreateTagTable.java");
		assertThat(Files.readString(java)).contains("package db.migrate;", "public class V004_CreateTagTable implements JavaChangeset");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate.newSqlScript(versions, "x", "oracle"))
			.withMessageContaining("Unknown dialect 'oracle'");
		assertThat(migrate.version()).isEqualTo(3);
	}

}

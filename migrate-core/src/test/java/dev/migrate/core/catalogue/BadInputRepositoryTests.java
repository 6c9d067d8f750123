package dev.migrate.core.catalogue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.schema.seed.V001_AddCtimeToPage;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.Logs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad repositories: files that look like changesets but are not, versions that do not add up, locations
 * that are not a repository, scripts the engine cannot read. Each is reported before anything runs, with
 * what to do, and the database is left as it was.
 */
public abstract class BadInputRepositoryTests extends BadInputCase {

	@BeforeEach
	void aUserTable() {
		userTable();
	}

	/** An upgrade that would put the existing schema under version control, so that only the repository is bad. */
	MigrationResult upgrade() {
		return new Migrate(config().baselineOnExistingSchema(true).build()).upgrade();
	}

	void assertRefused(String message) {
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(this::upgrade).withMessage(message);
		assertUnchanged(before);
	}

	/** The head of a {@link RepositoryLoadException}'s message, up to its first problem. */
	String invalid() {
		return "The repository at " + this.folder.location() + " is not valid:\n  - ";
	}

	static String notUtf8(String script, int offset, int line) {
		return script + ": byte 0xE9 at offset " + offset + " (line " + line + ") is not valid UTF-8. Save the file as "
				+ "UTF-8, or set migrate.encoding to the charset it is written in (for example ISO-8859-1). Nothing of it "
				+ "was run.";
	}

	String versions() {
		return this.folder.location() + "/versions";
	}

	@Test
	void aFlywayNamedScriptIsReportedWithTheNameItShouldHave() {
		this.folder.tables(3).file("versions/V4__add_tags.sql", "CREATE TABLE tags (id INTEGER);");
		assertRefused(invalid() + "V4__add_tags.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql "
				+ "(it is named as a Flyway migration): name it 004_add_tags_default_upgrade.sql, beside "
				+ "004_add_tags_default_downgrade.sql");
	}

	@Test
	void aScriptNamedWithHyphensIsReportedWithTheNameItShouldHave() {
		this.folder.tables(3).file("versions/004-add-tags_default_upgrade.sql", "CREATE TABLE tags (id INTEGER);");
		assertRefused(invalid() + "004-add-tags_default_upgrade.sql does not follow "
				+ "NNN_description_<dialect|default>_<upgrade|downgrade>.sql: name it 004_add_tags_default_upgrade.sql, "
				+ "beside 004_add_tags_default_downgrade.sql");
	}

	@Test
	void aScriptWithoutADialectIsReportedWithTheNameItShouldHave() {
		this.folder.tables(3).file("versions/004_add_tags_upgrade.sql", "CREATE TABLE tags (id INTEGER);");
		assertRefused(invalid() + "004_add_tags_upgrade.sql names no known dialect: 'tags' is not one of "
				+ "default, postgresql, mysql, h2, sqlite. Name it 004_add_tags_default_upgrade.sql if it is for every database");
	}

	@Test
	void aSchemaSqlAmongTheVersionsIsReported() {
		this.folder.tables(3).file("versions/schema.sql", "CREATE TABLE tags (id INTEGER);");
		assertRefused(invalid() + "schema.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql "
				+ "(a number of at least three digits, e.g. 001_add_ctime_default_upgrade.sql); if it is the schema as "
				+ "first deployed, it is the baseline: 000_baseline_default_upgrade.sql");
	}

	@Test
	void aPythonScriptIsReportedAsOneToPort() {
		this.folder.tables(2).file("versions/003_add_views.py", "def upgrade(migrate_engine):\n    pass\n");
		assertRefused(invalid() + "003_add_views.py is a Python script, which cannot run on the JVM: port it to SQL "
				+ "(NNN_description_default_upgrade.sql and _downgrade.sql) or to a Java changeset");
	}

	@Test
	void twoScriptsForOneVersionAreReported() {
		this.folder.tables(2).version(2, "other t2", "CREATE TABLE other_t2 (id INTEGER);", "DROP TABLE other_t2;");
		assertRefused(invalid() + """
				version 2 has two default downgrade scripts: 002_create_t2_default_downgrade.sql \
				(%1$s/versions/002_create_t2_default_downgrade.sql) and 002_other_t2_default_downgrade.sql \
				(%1$s/versions/002_other_t2_default_downgrade.sql): keep one of them
				  - version 2 has two default upgrade scripts: 002_create_t2_default_upgrade.sql \
				(%1$s/versions/002_create_t2_default_upgrade.sql) and 002_other_t2_default_upgrade.sql \
				(%1$s/versions/002_other_t2_default_upgrade.sql): keep one of them\
				""".formatted(this.root.toAbsolutePath()));
	}

	@Test
	void aGapInTheVersionsIsReported() {
		this.folder.tables(2).version(4, "create t4", "CREATE TABLE t4 (id INTEGER);", "DROP TABLE t4;");
		assertRefused(invalid() + "version 3 is missing: versions run 1, 2, 3 ... without gaps up to 4; add "
				+ "version 3, or renumber the versions above it");
	}

	@Test
	void aVersionThatIsBothSqlAndJavaIsReported() {
		this.folder.version(1, "add ctime", "ALTER TABLE page ADD ctime TIMESTAMP;", "ALTER TABLE page DROP COLUMN ctime;");
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> new Migrate(config().baselineOnExistingSchema(true)
				.javaChangesets(List.of(new V001_AddCtimeToPage()))
				.build()).upgrade())
			.withMessage(invalid() + "version 1 is both SQL (001_add_ctime_default_upgrade.sql, "
				+ "001_add_ctime_default_downgrade.sql) and Java (dev.migrate.core.schema.seed.V001_AddCtimeToPage): keep one of them");
		assertUnchanged(before);
	}

	@Test
	void anUpgradeWithoutADowngradeIsReported() {
		this.folder.tables(1).version(2, "create t2", "CREATE TABLE t2 (id INTEGER);", null);
		assertRefused(invalid() + "002_create_t2_default_upgrade.sql (version 2) has no downgrade script: add "
				+ "002_create_t2_default_downgrade.sql, or mark the upgrade irreversible with a first line '-- migrate:irreversible'");
	}

	@Test
	void aMisspelledIrreversibleMarkerIsReported() {
		this.folder.tables(1).version(2, "drop t1", "-- migrate:irreversable\nDROP TABLE t1;", null);
		assertRefused(invalid() + "002_drop_t1_default_upgrade.sql (version 2) has no downgrade script: add "
				+ "002_drop_t1_default_downgrade.sql, or mark the upgrade irreversible with a first line "
				+ "'-- migrate:irreversible' (its '-- migrate:irreversable' is not a directive: the directives are "
				+ "-- migrate:irreversible and -- migrate:no-transaction)");
	}

	@Test
	void scriptsBesideTheVersionsFolderAreReported() {
		this.folder.file("001_create_t1_default_upgrade.sql", "CREATE TABLE t1 (id INTEGER);")
			.file("001_create_t1_default_downgrade.sql", "DROP TABLE t1;");
		assertRefused(invalid() + "001_create_t1_default_downgrade.sql, 001_create_t1_default_upgrade.sql stand beside "
				+ "versions/ in " + this.folder.location() + ", where scripts are not read: move them into " + versions());
	}

	@Test
	void aLocationThatDoesNotExistIsReported() {
		String location = "file:" + this.root.resolve("nowhere");
		assertLocationRefused(location, "the location " + location + " does not exist: "
				+ "set migrate.location to the folder that holds versions/ (classpath:..., file:... or a path)");
	}

	@Test
	void aLocationThatIsAFileIsReported() throws Exception {
		this.folder.file("versions/001_create_t1_default_upgrade.sql", "CREATE TABLE t1 (id INTEGER);");
		String location = "file:" + this.root.resolve("versions/001_create_t1_default_upgrade.sql");
		assertLocationRefused(location, "the location " + location
				+ " is a file, not a folder: point it at the folder that holds versions/ (and migrate.cfg)");
	}

	@Test
	void aCommaSeparatedListOfLocationsIsReported() {
		this.folder.tables(1);
		String location = this.folder.location() + ",classpath:db/other";
		assertLocationRefused(location, "the location " + location
				+ " does not exist (a location is one folder: '" + location + "' was read as one path, not as a list): set "
				+ "migrate.location to the folder that holds versions/ (classpath:..., file:... or a path)");
	}

	@Test
	void aFlywayVendorPlaceholderInTheLocationIsReported() {
		this.folder.tables(1);
		String location = this.folder.location() + "/{vendor}";
		assertLocationRefused(location, "the location " + location
				+ " does not exist ('{...}' is taken literally: Migrate needs no '{vendor}' placeholder, since each script "
				+ "names its dialect: 001_x_postgresql_upgrade.sql beside 001_x_default_upgrade.sql): set migrate.location to "
				+ "the folder that holds versions/ (classpath:..., file:... or a path)");
	}

	/** An upgrade from {@code location} is refused with this one problem, and changes nothing. */
	private void assertLocationRefused(String location, String problem) {
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> new Migrate(config().location(location).baselineOnExistingSchema(true).build()).upgrade())
			.withMessage("The repository at " + location + " is not valid:\n  - " + problem);
		assertUnchanged(before);
	}

	@Test
	void anEmptyRepositoryIsReportedWithTheLocationItLookedIn() throws Exception {
		Files.createDirectories(this.root.resolve("versions"));
		assertRefused(invalid() + "the repository has no changesets: " + versions() + " has no scripts. If it is to be "
				+ "empty for now, set migrate.allow-empty-repository=true");
	}

	@Test
	void anEmptyRepositoryThatIsAllowedPutsTheSchemaUnderVersionControlAtZero() throws Exception {
		Files.createDirectories(this.root.resolve("versions"));
		MigrationResult result = new Migrate(config().baselineOnExistingSchema(true).allowEmptyRepository(true).build())
			.upgrade();
		assertThat(result.toVersion()).isZero();
		assertThat(fingerprint().rowsOf("page")).containsExactly("1|home");
		assertThat(fingerprint().rowsOf("migrate_version")).singleElement().asString().startsWith("catalogue|");
	}

	@Test
	void aLatin1ByteInAUtf8ScriptIsReportedWithItsOffsetAndLine() throws Exception {
		this.folder.tables(1);
		upgrade();
		this.folder.file("versions/002_cafe_default_downgrade.sql", "DELETE FROM page WHERE id = 2;");
		Files.write(this.root.resolve("versions/002_cafe_default_upgrade.sql"),
				"INSERT INTO page VALUES (2, 'caf\u00e9');\n".getBytes(StandardCharsets.ISO_8859_1));
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(this::upgrade)
			.withMessage(notUtf8("002_cafe_default_upgrade.sql", 32, 1));
		assertUnchanged(before);
	}

	@Test
	void aLatin1ByteStopsAFirstRunBeforeTheSchemaIsPutUnderVersionControl() throws Exception {
		this.folder.tables(1).file("versions/002_cafe_default_downgrade.sql", "DELETE FROM page WHERE id = 2;");
		Files.write(this.root.resolve("versions/002_cafe_default_upgrade.sql"),
				"INSERT INTO page VALUES (2, 'caf\u00e9');\n".getBytes(StandardCharsets.ISO_8859_1));
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(this::upgrade)
			.withMessage(notUtf8("002_cafe_default_upgrade.sql", 32, 1));
		assertUnchanged(before);
	}

	@Test
	void aLatin1ByteInTheBaselineScriptStopsTheRunBeforeItStarts() throws Exception {
		this.database.execute("DROP TABLE page");
		this.folder.tables(1);
		Files.write(this.root.resolve("versions/000_baseline_default_upgrade.sql"),
				"CREATE TABLE page (id INTEGER, title VARCHAR(40));\n-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage(notUtf8("000_baseline_default_upgrade.sql", 57, 2));
		assertUnchanged(before);
		assertThat(before.tables()).isEmpty();
	}

	@Test
	void aMigrateCfgVersionTableThatIsNotAPlainNameNeverReachesSql() {
		this.folder.tables(1)
			.file("migrate.cfg", "[db_settings]\nrepository_id = cms\nversion_table = migrate_version; DROP TABLE page; --\n");
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> new Migrate(config().repositoryId(null).baselineOnExistingSchema(true).build()).upgrade())
			.withMessage(invalid() + "migrate.cfg sets version_table = migrate_version; DROP TABLE page; --, "
				+ "which is not a plain SQL name: use letters, digits and '_', starting with a letter, at most 63 characters");
		assertUnchanged(before);
	}

	@Test
	void timestampNumberingFromMigrateCfgIsReported() {
		this.folder.tables(1).file("migrate.cfg", "[db_settings]\nrepository_id = cms\nuse_timestamp_numbering = True\n");
		assertRefused(invalid() + "migrate.cfg sets use_timestamp_numbering = True: timestamp-numbered versions are not "
				+ "supported; renumber the scripts 001, 002, ... (the version table keeps integers)");
	}

	@Test
	void aPlaceholderWithoutAValueIsReportedAndNothingIsRecorded() {
		this.folder.version(1, "prefixed", "CREATE TABLE ${prefix}_page (id INTEGER);", "DROP TABLE ${prefix}_page;");
		new Migrate(config().baselineOnExistingSchema(true).target(0).build()).upgrade();
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(() -> migrate().upgrade())
			.withMessage("The upgrade of version 1 failed in 001_prefixed_default_upgrade.sql: "
				+ "001_prefixed_default_upgrade.sql line 1 uses the placeholder ${prefix}, which has no "
				+ "value: set it in the configuration (migrate.placeholders.prefix), or remove it from the script\n"
				+ "  Nothing of version 1 was kept: fix the changeset and run the command again.");
		assertUnchanged(before);
	}

	@Test
	void anEmptyOrCommentsOnlyScriptRunsWithAWarningThatNamesIt() {
		this.folder.tables(1).version(2, "nothing yet", "-- to be written\n", "-- nothing to undo\n");
		try (Logs logs = Logs.capture()) {
			upgrade();
			assertThat(logs.lines()).filteredOn((line) -> line.startsWith("WARN"))
				.containsExactly("WARN 002_nothing_yet_default_upgrade.sql has no statement (it is empty or only "
				+ "comments): it is recorded as run, and changes nothing");
		}
		assertThat(fingerprint().rowsOf("migrate_version")).singleElement().asString().endsWith("|2");
	}

	@Test
	void beginAndCommitLinesAreIgnoredWithAWarning() {
		this.folder.version(1, "with begin", "BEGIN;\nCREATE TABLE t1 (id INTEGER);\nCOMMIT;\n", "DROP TABLE t1;");
		try (Logs logs = Logs.capture()) {
			upgrade();
			assertThat(logs.lines()).filteredOn((line) -> line.startsWith("WARN"))
				.containsExactly("WARN 001_with_begin_default_upgrade.sql: line 1: 'BEGIN' ignored: Migrate runs each "
						+ "changeset in its own transaction", "WARN 001_with_begin_default_upgrade.sql: line 3: 'COMMIT' ignored: "
						+ "Migrate runs each changeset in its own transaction");
		}
		assertThat(fingerprint().tables()).contains("t1");
	}

}

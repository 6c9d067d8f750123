package dev.migrate.core.repository;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;
import dev.migrate.core.testing.ScriptFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RepositoryLoaderTests {

	@TempDir
	Path root;

	ScriptFolder folder;

	@BeforeEach
	void folder() {
		this.folder = new ScriptFolder(this.root);
	}

	@Test
	void loadsSqlAlchemyMigrateLayoutAndNames() {
		this.folder.file("migrate.cfg", "[db_settings]\nrepository_id = cms\nversion_table = migrate_version\n"
				+ "required_dbs = []\nuse_timestamp_numbering = False\n")
			.file("versions/__init__.py", "")
			.file("README", "use manage.py")
			.file("manage.py", "")
			.file("versions/000_baseline_default_upgrade.sql", "CREATE TABLE page (id INTEGER);")
			.version(1, "add ctime to page", "ALTER TABLE page ADD ctime TIMESTAMP;", "ALTER TABLE page DROP ctime;")
			.file("versions/002_postgresql_upgrade.sql", "SELECT 1;")
			.file("versions/002_postgresql_downgrade.sql", "SELECT 2;");
		Repository repository = load("postgresql");
		assertThat(repository.settings().repositoryId()).isEqualTo("cms");
		assertThat(repository.version()).isEqualTo(2);
		assertThat(repository.baseline().upgrade().fileName()).isEqualTo("000_baseline_default_upgrade.sql");
		assertThat(repository.changeset(1).description()).isEqualTo("add ctime to page");
		assertThat(repository.changeset(1).type()).isEqualTo(ChangesetType.SQL);
		assertThat(repository.changeset(2).description()).isEmpty();
		assertThat(repository.changeset(2).source()).isEqualTo("002_postgresql_upgrade.sql");
	}

	@Test
	void dialectScriptWinsOverDefault() {
		this.folder.version(1, "add created by", "postgresql", "SELECT 'pg';", "SELECT 'pg down';")
			.version(1, "add created by", "default", "SELECT 'default';", "SELECT 'default down';");
		SqlChangeset onPostgres = (SqlChangeset) load("postgresql").changeset(1);
		SqlChangeset onH2 = (SqlChangeset) load("h2").changeset(1);
		assertThat(onPostgres.upgrade().fileName()).isEqualTo("001_add_created_by_postgresql_upgrade.sql");
		assertThat(onPostgres.downgrade().fileName()).isEqualTo("001_add_created_by_postgresql_downgrade.sql");
		assertThat(onH2.upgrade().fileName()).isEqualTo("001_add_created_by_default_upgrade.sql");
	}

	@Test
	void scriptsForOtherDialectsOnlyAreReported() {
		this.folder.version(1, "x", "sqlite", "SELECT 1;", "SELECT 1;");
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("postgresql"))
			.withMessageContaining("version 1 has no upgrade script for postgresql or default")
			.withMessageContaining("001_x_sqlite_upgrade.sql");
	}

	@Test
	void rejectsEveryProblemAtOnceNamingTheFiles() {
		this.folder.version(1, "one", "SELECT 1;", "SELECT 1;")
			.file("versions/001_again_default_upgrade.sql", "SELECT 1;")
			.file("versions/003_add_views.py", "def upgrade(migrate_engine): pass")
			.file("versions/004_no_direction.sql", "SELECT 1;")
			.file("versions/05_short_default_upgrade.sql", "SELECT 1;")
			.version(6, "no downgrade", "SELECT 1;", null);
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("postgresql"))
			.withMessageContaining("version 1 has two default upgrade scripts: 001_again_default_upgrade.sql")
			.withMessageContaining("003_add_views.py is a Python script, which cannot run on the JVM: port it to SQL")
			.withMessageContaining("004_no_direction.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql")
			.withMessageContaining("05_short_default_upgrade.sql does not follow")
			.withMessageContaining("006_no_downgrade_default_upgrade.sql (version 6) has no downgrade script")
			.withMessageContaining("version 2 is missing");
	}

	@Test
	void reportsFilesThatLookLikeChangesetsWithTheNameTheyShouldHave() {
		this.folder.version(1, "one", "SELECT 1;", "SELECT 1;")
			.file("versions/V2__add_views.sql", "CREATE VIEW v AS SELECT 1;")
			.file("versions/003-add-views_default_upgrade.sql", "SELECT 1;")
			.file("versions/004_add_views_upgrade.sql", "SELECT 1;")
			.file("versions/schema.sql", "SELECT 1;")
			.file("versions/001_one_sqlite_upgrade.sql", "SELECT 1;")
			.file("versions/__init__.py", "")
			.file("versions/README", "");
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("postgresql"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"003-add-views_default_upgrade.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>"
							+ ".sql: name it 003_add_views_default_upgrade.sql, beside 003_add_views_default_downgrade.sql",
					"004_add_views_upgrade.sql names no known dialect: 'views' is not one of default, postgresql, mysql, "
							+ "h2, sqlite. Name it 004_add_views_default_upgrade.sql if it is for every database",
					"V2__add_views.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql (it is "
							+ "named as a Flyway migration): name it 002_add_views_default_upgrade.sql, beside "
							+ "002_add_views_default_downgrade.sql",
					"schema.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql (a number of at "
							+ "least three digits, e.g. 001_add_ctime_default_upgrade.sql); if it is the schema as first deployed, it "
							+ "is the baseline: 000_baseline_default_upgrade.sql"));
	}

	@Test
	void acceptsAnUpgradeWithoutDowngradeWhenMarkedIrreversible() {
		this.folder.version(1, "drop legacy", "-- migrate:irreversible\nDROP TABLE legacy;", null);
		Changeset changeset = load("h2").changeset(1);
		assertThat(changeset.reversible()).isFalse();
	}

	@Test
	void rejectsSqlAndJavaForOneVersion() {
		this.folder.version(1, "create tag", "SELECT 1;", "SELECT 1;");
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> load("h2", List.of(new V001_CreateTag())))
			.withMessageContaining("version 1 is both SQL (001_create_tag_default_upgrade.sql, "
					+ "001_create_tag_default_downgrade.sql) and Java (" + V001_CreateTag.class.getName() + ")");
	}

	@Test
	void takesJavaChangesetsHandedInWithVersionAndDescriptionFromTheClassName() {
		this.folder.version(2, "second", "SELECT 1;", "SELECT 1;");
		Repository repository = load("h2", List.of(new V001_CreateTag()));
		assertThat(repository.changeset(1).type()).isEqualTo(ChangesetType.JAVA);
		assertThat(repository.changeset(1).description()).isEqualTo("create tag");
		assertThat(repository.changeset(1).reversible()).isTrue();
	}

	@Test
	void rejectsAJavaChangesetWithoutDowngradeUnlessIrreversible() {
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> load("h2", List.of(new V001_NoDowngrade())))
			.withMessageContaining("V001_NoDowngrade (version 1) has no downgrade: implement downgrade(ChangesetContext), "
					+ "or annotate the class @Irreversible");
		assertThat(load("h2", List.of(new V001_Irreversible())).changeset(1).reversible()).isFalse();
	}

	@Test
	void findsJavaChangesetsInAPackage() {
		Repository repository = new RepositoryLoader("classpath:no/such/folder", "h2",
				"dev.migrate.core.repository.scanned", List.of(), null)
			.load();
		assertThat(repository.version()).isEqualTo(1);
		assertThat(repository.changeset(1).source()).isEqualTo("dev.migrate.core.repository.scanned.V001_AddTagTable");
	}

	@Test
	void loadsAClasspathRepository() {
		Repository repository = new RepositoryLoader("classpath:repositories/cms", "postgresql", "", List.of(), null).load();
		assertThat(repository.version()).isEqualTo(2);
		assertThat(repository.settings().repositoryId()).isEqualTo("cms");
	}

	@Test
	void loadsARepositoryInsideAJar() throws Exception {
		Repository repository = loadFromJar(true);
		assertThat(repository.version()).isEqualTo(2);
		assertThat(repository.settings().repositoryId()).isEqualTo("jarred");
		assertThat(((SqlChangeset) repository.changeset(2)).downgrade().text()).isEqualTo("DROP TABLE b;");
	}

	private Repository loadFromJar(boolean directoryEntries) throws Exception {
		Path jar = this.root.resolve("repository.jar");
		try (java.util.jar.JarOutputStream output = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
			if (directoryEntries) {
				for (String folder : List.of("db/", "db/jarred/", "db/jarred/versions/")) {
					output.putNextEntry(new java.util.jar.JarEntry(folder));
					output.closeEntry();
				}
			}
			String[][] files = { { "db/jarred/migrate.cfg", "[db_settings]\nrepository_id = jarred\n" },
					{ "db/jarred/versions/001_a_default_upgrade.sql", "CREATE TABLE a (id INTEGER);" },
					{ "db/jarred/versions/001_a_default_downgrade.sql", "DROP TABLE a;" },
					{ "db/jarred/versions/002_b_default_upgrade.sql", "CREATE TABLE b (id INTEGER);" },
					{ "db/jarred/versions/002_b_default_downgrade.sql", "DROP TABLE b;" } };
			for (String[] file : files) {
				output.putNextEntry(new java.util.jar.JarEntry(file[0]));
				output.write(file[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
				output.closeEntry();
			}
		}
		try (java.net.URLClassLoader classLoader = new java.net.URLClassLoader(new java.net.URL[] { jar.toUri().toURL() }, null)) {
			Repository repository = new RepositoryLoader("classpath:db/jarred", "h2", "", List.of(), classLoader).load();
			((SqlChangeset) repository.changeset(2)).downgrade().text();
			return repository;
		}
	}

	@Test
	void refusesTimestampNumbering() {
		this.folder.file("migrate.cfg", "[db_settings]\nrepository_id=x\nuse_timestamp_numbering=True\n");
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("h2"))
			.withMessageContaining("timestamp-numbered versions are not supported");
	}

	@Test
	void reportsAMissingFileLocation() {
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> new RepositoryLoader("file:" + this.root.resolve("nope"), "h2", "", List.of(), null).load())
			.withMessageContaining("does not exist");
	}

	@Test
	void anEmptyRepositoryIsReportedWithTheLocationItLookedIn() {
		assertThat(problems("classpath:db/migrat", "db.migrate")).containsExactly("the repository has no changesets: the "
				+ "location classpath:db/migrat does not exist on the classpath, and the package db.migrate has no V<NNN>_ "
				+ "classes. If it is to be empty for now, set migrate.allow-empty-repository=true");
		assertThat(problems("classpath:db/migrate,classpath:db/other", "")).singleElement()
			.asString()
			.contains("(a location is one folder: 'classpath:db/migrate,classpath:db/other' was read as one path, not as a list)");
		assertThat(problems("classpath:db/migrate/{vendor}", "")).singleElement()
			.asString()
			.contains("'{...}' is taken literally: Migrate needs no '{vendor}' placeholder");
		assertThat(new RepositoryLoader("classpath:db/migrat", "h2", "", List.of(), null, true, StandardCharsets.UTF_8).load().version()).isZero();
	}

	@Test
	void scriptsBesideTheVersionsFolderAreReportedWhereTheyShouldBe() throws Exception {
		this.folder.file("001_create_page_default_upgrade.sql", "CREATE TABLE page (id INT);")
			.file("001_create_page_default_downgrade.sql", "DROP TABLE page;")
			.file("README", "notes");
		Files.createDirectories(this.root.resolve("versions"));
		assertThat(problems(this.folder.location(), "")).containsExactly("001_create_page_default_downgrade.sql, "
				+ "001_create_page_default_upgrade.sql stand beside versions/ in " + this.folder.location()
				+ ", where scripts are not read: move them into " + this.folder.location() + "/versions");
	}

	@Test
	void aLocationThatIsAFileIsReportedAsAFile() throws Exception {
		Path file = Files.writeString(this.root.resolve("001_x_default_upgrade.sql"), "SELECT 1;");
		assertThat(problems("file:" + file, "")).singleElement()
			.asString()
			.startsWith("the location file:" + file + " is a file, not a folder: point it at the folder that holds versions/");
	}

	@Test
	void aVersionTableFromMigrateCfgIsCheckedAsTheProperty() {
		this.folder.file("migrate.cfg", "[db_settings]\nversion_table = migrate_version; DROP TABLE page\n")
			.version(1, "one", "SELECT 1;", "SELECT 1;");
		RepositoryLoader loader = new RepositoryLoader(this.folder.location(), "h2", "", List.of(), null);
		assertThat(loader.settings().problems()).containsExactly("migrate.cfg sets version_table = migrate_version; "
				+ "DROP TABLE page, which is not a plain SQL name: use letters, digits and '_', starting with a letter, "
				+ "at most 63 characters");
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(loader::load)
			.withMessageContaining("which is not a plain SQL name");
	}

	@Test
	void readsTheHighestNumberWithoutCheckingTheRepository() {
		this.folder.version(1, "a", "SELECT 1;", null).version(7, "b", "SELECT 1;", "SELECT 1;");
		assertThat(new RepositoryLoader(this.folder.location(), "default", "", List.of(), null).highestVersionNumber())
			.isEqualTo(7);
	}

	@Test
	void aFolderNamedLikeAScriptFailsWhenReadNamingIt() throws Exception {
		this.folder.version(1, "a", "SELECT 1;", "SELECT 1;").file("versions/002_b_default_downgrade.sql", "SELECT 2;");
		Files.createDirectories(this.root.resolve("versions/002_b_default_upgrade.sql"));
		Changeset changeset = load("h2").changeset(2);
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(changeset::checksum)
			.withMessage(this.root.resolve("versions/002_b_default_upgrade.sql") + " cannot be read: it is a folder, not a file");
	}

	@Test
	void aFolderNamedLikeAnUpgradeWithoutDowngradeFailsTheLoad() throws Exception {
		Files.createDirectories(this.root.resolve("versions/001_a_default_upgrade.sql"));
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("h2"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(this.root.resolve("versions/001_a_default_upgrade.sql")
					+ " cannot be read: it is a folder, not a file"));
	}

	@Test
	void otherNumberedFoldersAreIgnored() throws Exception {
		this.folder.version(1, "a", "SELECT 1;", "SELECT 1;");
		Files.createDirectories(this.root.resolve("versions/002_old"));
		Files.createDirectories(this.root.resolve("versions/003_views.py"));
		Files.createDirectories(this.root.resolve("versions/__pycache__"));
		assertThat(load("h2").version()).isEqualTo(1);
	}

	@Test
	void reportsTheProblemsOfFilesInNameOrder() {
		this.folder.version(1, "b", "SELECT 1;", "SELECT 1;")
			.file("versions/001_c_default_upgrade.sql", "SELECT 1;")
			.file("versions/001_a_default_upgrade.sql", "SELECT 1;")
			.file("versions/0001_x.py", "")
			.file("versions/002_x.sql", "")
			.version(2, "two", "SELECT 1;", "SELECT 1;");
		String a = "001_a_default_upgrade.sql (" + this.root.resolve("versions/001_a_default_upgrade.sql") + ")";
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> load("h2"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"0001_x.py is a Python script, which cannot run on the JVM: port it to SQL "
							+ "(NNN_description_default_upgrade.sql and _downgrade.sql) or to a Java changeset",
					"version 1 has two default upgrade scripts: " + a + " and 001_b_default_upgrade.sql ("
							+ this.root.resolve("versions/001_b_default_upgrade.sql") + "): keep one of them",
					"version 1 has two default upgrade scripts: " + a + " and 001_c_default_upgrade.sql ("
							+ this.root.resolve("versions/001_c_default_upgrade.sql") + "): keep one of them",
					"002_x.sql does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql: name it "
							+ "002_x_default_upgrade.sql, beside 002_x_default_downgrade.sql"));
	}

	@Test
	void sqlAndJavaVersionsTogetherRunWithoutGaps() {
		this.folder.version(2, "b", "SELECT 1;", "SELECT 1;").version(4, "d", "SELECT 1;", "SELECT 1;");
		Repository repository = load("h2", List.of(new V001_CreateTag(), new V003_CreateTag()));
		assertThat(repository.changesets()).extracting(Changeset::version).containsExactly(1, 2, 3, 4);
		assertThat(repository.changesets()).extracting(Changeset::type)
			.containsExactly(ChangesetType.JAVA, ChangesetType.SQL, ChangesetType.JAVA, ChangesetType.SQL);
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> load("h2", List.of(new V003_CreateTag(), new V007_CreateTag())))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"version 1 is missing: versions run 1, 2, 3 ... without gaps up to 7; add version 1, or renumber the versions above it",
					"version 5 is missing: versions run 1, 2, 3 ... without gaps up to 7; add version 5, or renumber the versions above it",
					"version 6 is missing: versions run 1, 2, 3 ... without gaps up to 7; add version 6, or renumber the versions above it"));
	}

	@Test
	void aReversibleChangesetLoadsWhenEachOfItsChangesCanBeReversed() {
		Repository repository = load("mysql", List.of(new V001_AddCtime()));
		assertThat(repository.changeset(1).reversible()).isTrue();
		assertThat(ReversibleChangeset.derivesDowngrade(new V001_AddCtime())).isTrue();
		assertThat(ReversibleChangeset.derivesDowngrade(new V001_DropCtimeWithDowngrade())).isFalse();
	}

	@Test
	void aChangeThatCannotBeReversedFromWhatItSaysFailsTheLoadUnlessTheDowngradeIsWritten() {
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> load("postgresql", List.of(new V001_DropCtime())))
			.withMessageContaining(V001_DropCtime.class.getName() + " (version 1): drop column page.ctime cannot be "
					+ "reversed from what it says: implement downgrade(ChangesetContext)")
			.withMessageContaining(V001_DropCtime.class.getName() + " (version 1): raw SQL cannot be reversed from what "
					+ "it says: implement downgrade(ChangesetContext)");
		assertThat(load("postgresql", List.of(new V001_DropCtimeWithDowngrade())).changeset(1).reversible()).isTrue();
	}

	@Test
	void aReversibleChangesetThatReadsTheDatabaseFailsTheLoad() {
		assertThatExceptionOfType(RepositoryLoadException.class)
			.isThrownBy(() -> load("h2", List.of(new V001_Autoload())))
			.withMessageContaining("change(Schema) reads the database")
			.withMessageContaining("so its downgrade cannot be derived: implement downgrade(ChangesetContext)");
	}

	private List<String> problems(String location, String javaPackage) {
		try {
			new RepositoryLoader(location, "h2", javaPackage, List.of(), null).load();
			return List.of();
		}
		catch (RepositoryLoadException ex) {
			return ex.problems();
		}
	}

	private Repository load(String dialect) {
		return load(dialect, List.of());
	}

	private Repository load(String dialect, List<JavaChangeset> javaChangesets) {
		return new RepositoryLoader(this.folder.location(), dialect, "", javaChangesets, null).load();
	}

	static class V001_CreateTag implements JavaChangeset {

		@Override
		public void upgrade(ChangesetContext context) {
		}

		@Override
		public void downgrade(ChangesetContext context) {
		}

	}

	static class V001_NoDowngrade implements JavaChangeset {

		@Override
		public void upgrade(ChangesetContext context) {
		}

	}

	static class V001_AddCtime implements ReversibleChangeset {

		@Override
		public void change(Schema schema) {
			schema.table("page")
				.addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow())
				.alterColumn("title", (column) -> column.type(Type.varchar(200)));
		}

	}

	static class V001_DropCtime implements ReversibleChangeset {

		@Override
		public void change(Schema schema) {
			schema.table("page").dropColumn("ctime");
			schema.execute("UPDATE page SET title = 'x'");
		}

	}

	static class V001_DropCtimeWithDowngrade extends V001_DropCtime {

		@Override
		public void downgrade(ChangesetContext context) {
			context.schema().table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
		}

	}

	static class V001_Autoload implements ReversibleChangeset {

		@Override
		public void change(Schema schema) {
			if (schema.table("page").definition().column("ctime") == null) {
				schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
			}
		}

	}

	static class V003_CreateTag extends V001_CreateTag {

	}

	static class V007_CreateTag extends V001_CreateTag {

	}

	@Irreversible
	static class V001_Irreversible implements JavaChangeset {

		@Override
		public void upgrade(ChangesetContext context) {
		}

	}

}

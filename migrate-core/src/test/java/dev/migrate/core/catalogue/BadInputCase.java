package dev.migrate.core.catalogue;

import java.nio.file.Path;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.ScriptFolder;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every case of the catalogue of bad input shares: a database of its own, a repository in a temporary
 * folder, and the fingerprint that shows the bad input changed nothing.
 */
abstract class BadInputCase {

	@TempDir
	Path root;

	ScriptFolder folder;

	TestDatabase database;

	protected abstract TestDatabase.Kind kind();

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.create(kind(), getClass());
		this.folder = new ScriptFolder(this.root);
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	MigrateConfig.Builder config() {
		return MigrateConfig.builder()
			.dataSource(this.database.dataSource())
			.location(this.folder.location())
			.javaPackage("")
			.repositoryId("catalogue");
	}

	Migrate migrate() {
		return new Migrate(config().build());
	}

	/** A table of the user's with a row, so that the fingerprint shows that data was left alone too. */
	void userTable() {
		this.database.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title VARCHAR(40))",
				"INSERT INTO page (id, title) VALUES (1, 'home')");
	}

	Fingerprint fingerprint() {
		return Fingerprint.of(this.database);
	}

	void assertUnchanged(Fingerprint before) {
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** The script name of version {@code n} of {@link ScriptFolder#tables(int)}. */
	static String tableScript(int version, String direction) {
		return String.format("%03d_create_t%d_default_%s.sql", version, version, direction);
	}

	String dialectName() {
		return switch (kind()) {
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mysql";
			case H2 -> "h2";
		};
	}

}

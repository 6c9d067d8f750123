package dev.migrate.core.testing;
import java.nio.file.Path;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test of the engine on a database shares: a schema or database of its own, dropped afterwards,
 * and a repository in a temporary folder. Each subclass says how its database is created.
 */
public abstract class RepositoryCase {

	@TempDir
	protected Path root;

	protected ScriptFolder folder;

	protected TestDatabase database;

	/** A fresh database for this test; closing it drops it. */
	protected abstract TestDatabase createDatabase();

	/** The repository's id in the version table. */
	protected String repositoryId() {
		return "test_repository";
	}

	@BeforeEach
	void openDatabase() {
		this.database = createDatabase();
		this.folder = new ScriptFolder(this.root);
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	/** The engine's configuration for the folder's repository on the test's database. */
	protected MigrateConfig.Builder config() {
		return MigrateConfig.builder()
			.dataSource(this.database.dataSource())
			.location(this.folder.location())
			.javaPackage("")
			.repositoryId(repositoryId());
	}

	protected Migrate migrate() {
		return new Migrate(config().build());
	}

	/** The dialect's name in script file names. */
	protected String dialectName() {
		return this.database.dialect();
	}

}

package dev.migrate.maven;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where new changesets are written. */
class ScriptFoldersTests {

	private final Path basedir = Path.of("/work/app");

	@Test
	void aClasspathRepositoryIsUnderTheResources() {
		assertThat(ScriptFolders.sqlScripts("classpath:db/migrate", this.basedir))
			.isEqualTo(Path.of("/work/app/src/main/resources/db/migrate/versions"));
		assertThat(ScriptFolders.sqlScripts("classpath:/db/cms", this.basedir))
			.isEqualTo(Path.of("/work/app/src/main/resources/db/cms/versions"));
	}

	@Test
	void aRelativeFileRepositoryIsInTheProjectsFolder() {
		String location = ScriptFolders.absoluteLocation("db/repo", this.basedir);
		assertThat(location).isEqualTo("file:/work/app/db/repo");
		assertThat(ScriptFolders.absoluteLocation("file:db/repo", this.basedir)).isEqualTo(location);
		assertThat(ScriptFolders.sqlScripts(location, this.basedir)).isEqualTo(Path.of("/work/app/db/repo/versions"));
	}

	@Test
	void anAbsoluteFileRepositoryStaysWhereItIs() {
		assertThat(ScriptFolders.absoluteLocation("file:/srv/repo", this.basedir)).isEqualTo("file:/srv/repo");
		assertThat(ScriptFolders.absoluteLocation("classpath:db/migrate", this.basedir))
			.isEqualTo("classpath:db/migrate");
	}

	@Test
	void javaChangesetsAreInTheirPackagesFolder() {
		assertThat(ScriptFolders.javaChangesets(Path.of("/work/app/src/main/java"), "db.migrate"))
			.isEqualTo(Path.of("/work/app/src/main/java/db/migrate"));
		assertThat(ScriptFolders.javaChangesets(Path.of("/work/app/src/main/java"), ""))
			.isEqualTo(Path.of("/work/app/src/main/java"));
	}

}

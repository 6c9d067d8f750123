package dev.migrate.maven;

import java.nio.file.Path;

import dev.migrate.core.Migrate;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a new pair of SQL scripts with the next number into the repository's {@code versions}
 * folder: {@code mvn migrate:script-sql -Dmigrate.description="Add ctime to page" -Dmigrate.dialect=postgresql}.
 */
@Mojo(name = "script-sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ScriptSqlMojo extends AbstractScriptMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		String dialect = settings.get("migrate.dialect");
		Path folder = ScriptFolders.sqlScripts(migrate.config().location(), basedir());
		for (Path written : migrate.newSqlScript(folder, description(settings),
				(dialect == null || dialect.isBlank()) ? "default" : dialect.strip())) {
			getLog().info("Wrote " + basedir().relativize(written));
		}
	}

}

package dev.migrate.maven;

import java.nio.file.Path;

import dev.migrate.core.Migrate;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a new Java changeset with the next number into the source folder, in the configured Java
 * package: {@code mvn migrate:script -Dmigrate.description="Add ctime to page"}.
 */
@Mojo(name = "script", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ScriptMojo extends AbstractScriptMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		Path folder = ScriptFolders.javaChangesets(Path.of(project().getBuild().getSourceDirectory()),
				migrate.config().javaPackage());
		Path written = migrate.newScript(folder, description(settings));
		getLog().info("Wrote " + basedir().relativize(written));
	}

}

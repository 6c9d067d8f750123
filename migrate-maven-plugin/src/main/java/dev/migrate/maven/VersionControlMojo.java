package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.VersionControlResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Puts the database under version control at {@code -Dmigrate.version=N}, 0 by default. */
@Mojo(name = "version-control", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class VersionControlMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		int version = DatabaseVersion.parse("migrate.version", settings.get("migrate.version"), 0);
		VersionControlResult result = migrate.versionControl(version);
		getLog().info("Put the database under version control for repository '" + result.repositoryId()
				+ "' at version " + result.version() + (result.baselineRun() ? ", after running the baseline script" : ""));
	}

}

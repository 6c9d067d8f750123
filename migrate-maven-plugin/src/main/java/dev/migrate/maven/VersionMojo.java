package dev.migrate.maven;

import dev.migrate.core.Migrate;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints the latest version in the repository. */
@Mojo(name = "version", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class VersionMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		getLog().info("version: " + migrate.version());
	}

}

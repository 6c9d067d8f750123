package dev.migrate.maven;

import dev.migrate.core.Migrate;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Removes the repository's row and history from the version tables; the schema stays as it is. */
@Mojo(name = "drop-version-control", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DropVersionControlMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		String repositoryId = migrate.status().repositoryId();
		migrate.dropVersionControl();
		getLog().info("Dropped version control for repository '" + repositoryId
				+ "': its row and history are gone, the schema is as it was");
	}

}

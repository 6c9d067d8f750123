package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepairResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Clears a dirty state and records current checksums, after the schema was fixed by hand. */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RepairMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		RepairResult result = migrate.repair();
		getLog().info((result.clearedFailedVersion() != null)
				? "Cleared the failed run of version " + result.clearedFailedVersion() + ": the repository is clean"
				: "The repository was clean: no failed run to clear");
		if (!result.checksumsUpdated().isEmpty()) {
			getLog().info("Recorded the current checksums of versions " + result.checksumsUpdated());
		}
	}

}

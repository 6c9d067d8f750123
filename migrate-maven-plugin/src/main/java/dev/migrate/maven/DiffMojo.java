package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.model.ModelDiff;
import dev.migrate.core.model.ModelDiff.PossibleRename;
import dev.migrate.core.model.ModelDifference;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the differences between the project's JPA entities and the database, one a line, and changes
 * nothing; the build succeeds either way ({@code migrate:check} fails it). Entities from
 * {@code -Dmigrate.model.packages=a,b}, else every package of the compiled classes holding an {@code @Entity}.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DiffMojo extends AbstractModelMojo {

	@Override
	void run(Migrate migrate, JpaModel model, ProjectSettings settings) {
		RepositoryStatus status = migrate.status();
		if (!status.pending().isEmpty()) {
			getLog().warn(behind(status, "diff") + "; until then the differences include what they change.");
		}
		ModelDiff diff = migrate.diff(model);
		if (diff.isEmpty()) {
			getLog().info("The JPA entities match the database of " + where(status) + ": no difference");
			return;
		}
		int count = diff.differences().size();
		getLog().info("The JPA entities and the database of " + where(status) + " differ (" + count
				+ ((count == 1) ? " difference" : " differences") + "):");
		for (ModelDifference difference : diff.differences()) {
			getLog().info("  " + difference.describe());
		}
		for (PossibleRename rename : diff.possibleRenames()) {
			getLog().warn("  " + rename.describe());
		}
		getLog().info("Write the changeset that removes them with mvn migrate:generate "
				+ "-Dmigrate.description=\"<what changed>\"");
	}

}

package dev.migrate.maven;

import java.nio.file.Path;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.model.GeneratedChangeset;
import dev.migrate.core.model.JpaModel;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the next Java changeset, whose upgrade brings the database to the project's JPA entities and
 * whose downgrade reverses it, into the source folder in the configured Java package, as
 * {@code migrate:script} does: {@code mvn migrate:generate -Dmigrate.description="Add price to item"}.
 * Drops and narrowed types come out commented, with a warning for a person to confirm. The database must
 * be migrated: a changeset generated against one that is behind would repeat the pending ones.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class GenerateMojo extends AbstractModelMojo {

	@Override
	void run(Migrate migrate, JpaModel model, ProjectSettings settings) throws MojoFailureException {
		String description = AbstractScriptMojo.description(settings);
		RepositoryStatus status = migrate.status();
		if (!status.pending().isEmpty()) {
			throw new MojoFailureException(behind(status, "generate"));
		}
		Path folder = ScriptFolders.javaChangesets(Path.of(project().getBuild().getSourceDirectory()),
				migrate.config().javaPackage());
		GeneratedChangeset generated = migrate.generate(model, folder, description);
		Path file = generated.file();
		if (file == null) {
			getLog().info("The JPA entities match the database of " + where(status) + ": no changeset was written");
			return;
		}
		int count = generated.diff().differences().size();
		getLog().info("Wrote " + basedir().relativize(file.toAbsolutePath()) + " (version " + generated.version()
				+ ", " + count + ((count == 1) ? " difference" : " differences") + ", "
				+ (generated.reversible() ? "its downgrade derived" : "its downgrade written out") + ")");
		for (String warning : generated.warnings()) {
			getLog().warn("Confirm before it runs: " + warning);
		}
		getLog().info("Review it, then prove it with mvn migrate:test and run it with mvn migrate:upgrade");
	}

}

package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.ValidationResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Compares the checksums of the applied changesets with the repository; fails on a mismatch. */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ValidateMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) throws MojoFailureException {
		ValidationResult result = migrate.validate();
		if (!result.valid()) {
			result.mismatches().forEach((mismatch) -> getLog().error(mismatch.toString()));
			throw new MojoFailureException(result.mismatches().size() + " applied changeset(s) changed after they ran: "
					+ "restore them, or run mvn migrate:repair to record their checksums anew");
		}
		getLog().info("Valid: the checksums of " + result.checked() + " applied changeset(s) match the repository");
	}

}

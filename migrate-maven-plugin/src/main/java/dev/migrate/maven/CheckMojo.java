package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.model.JpaModel;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The gate for CI, as {@code alembic check} is: fails the build when the migrated database and the
 * project's JPA entities differ, listing every difference; also when changesets are pending, since the
 * database is then not the migrated one. Run after {@code migrate:upgrade} (and {@code migrate:test}, which
 * proves the changesets round-trip), it proves the repository brings a database to what the entities map.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CheckMojo extends AbstractModelMojo {

	@Override
	void run(Migrate migrate, JpaModel model, ProjectSettings settings) throws MojoFailureException {
		RepositoryStatus status = migrate.status();
		if (!status.pending().isEmpty()) {
			throw new MojoFailureException(behind(status, "check"));
		}
		migrate.check(model);
		getLog().info("The JPA entities (" + model.classNames().size() + " mapped classes) match the database of "
				+ where(status));
	}

}

package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.NotUnderVersionControlException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints the version the database is at, or that it is not under version control. */
@Mojo(name = "db-version", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DbVersionMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		try {
			getLog().info("db version: " + migrate.dbVersion());
		}
		catch (NotUnderVersionControlException ex) {
			getLog().info("db version: none: the database is not under version control for repository '"
					+ ex.repositoryId() + "'; put it under control with mvn migrate:version-control "
					+ "-Dmigrate.version=N (the version its schema is at)");
		}
	}

}

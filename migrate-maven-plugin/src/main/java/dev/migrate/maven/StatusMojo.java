package dev.migrate.maven;

import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.core.Migrate;
import dev.migrate.core.StatusTable;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints where the database stands: the versions, and every changeset with its state. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class StatusMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		StatusTable.of(migrate.status()).lines().forEach(getLog()::info);
	}

	@Override
	MigrateCommand fleetCommand() {
		return MigrateCommand.STATUS;
	}

}

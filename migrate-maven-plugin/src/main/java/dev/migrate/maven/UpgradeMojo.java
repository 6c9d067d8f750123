package dev.migrate.maven;

import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Upgrades to {@code -Dmigrate.target=N}, else the latest version; {@code -Dmigrate.dry-run=true}
 * prints the SQL it would run and changes nothing.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class UpgradeMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		if (settings.isTrue(Reports.DRY_RUN)) {
			Reports.plan(getLog(), migrate.planUpgrade(migrate.config().target()));
			return;
		}
		MigrationResult result = migrate.upgrade();
		Reports.migration(getLog(), result);
	}

	@Override
	MigrateCommand fleetCommand() {
		return MigrateCommand.UPGRADE;
	}

}

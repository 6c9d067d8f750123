package dev.migrate.maven;

import dev.migrate.core.Migrate;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Downgrades to {@code -Dmigrate.target=N}, which must be given (on the command line or in the
 * plugin's configuration: never from the application's files, so nothing downgrades by surprise);
 * {@code -Dmigrate.dry-run=true} prints the SQL it would run and changes nothing.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DowngradeMojo extends AbstractMigrateMojo {

	static final String NO_TARGET = "migrate:downgrade needs the version to downgrade to: give -Dmigrate.target=N "
			+ "(or <target> in the plugin's configuration); nothing was changed";

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		String target = settings.explicit("migrate.target");
		if (target == null || target.isBlank()) {
			throw new SettingsException(NO_TARGET);
		}
		int version = DatabaseVersion.parse("migrate.target", target, 0);
		if (settings.isTrue(Reports.DRY_RUN)) {
			Reports.plan(getLog(), migrate.planDowngrade(version));
			return;
		}
		Reports.migration(getLog(), migrate.downgrade(version));
	}

}

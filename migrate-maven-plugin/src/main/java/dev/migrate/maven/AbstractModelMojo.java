package dev.migrate.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.model.JpaModel;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The goals that compare the project's JPA entities with its database: the entities of the compiled
 * classes, mapped by Hibernate with the application's {@code spring.jpa.*} settings (see {@link JpaEntities}),
 * against the database the other goals use.
 */
abstract class AbstractModelMojo extends AbstractMigrateMojo {

	/**
	 * The packages of the JPA entities ({@code migrate.model.packages}, comma-separated with {@code -D}); by
	 * default every package of the compiled classes that holds an {@code @Entity} class.
	 */
	@Parameter
	@Nullable List<String> modelPackages;

	@Override
	final void run(Migrate configured, ProjectSettings settings) throws MojoFailureException {
		// a project whose entities come first has no changeset yet: its first one is what generate writes
		Migrate migrate = new Migrate(configured.config().toBuilder().allowEmptyRepository(true).build());
		String named = settings.explicit(JpaEntities.PACKAGES);
		if (named == null && this.modelPackages != null && !this.modelPackages.isEmpty()) {
			named = String.join(",", this.modelPackages);
		}
		if (named == null) {
			named = settings.get(JpaEntities.PACKAGES);
		}
		List<String> packages = JpaEntities.packages(named, Path.of(project().getBuild().getOutputDirectory()));
		ClassLoader classLoader = Objects.requireNonNull(migrate.config().classLoader(), "the project's class loader");
		JpaModel model = JpaModel.entities(classLoader, packages, JpaEntities.hibernateSettings(settings));
		getLog().info("JPA model: " + model.classNames().size() + " mapped classes in " + packages);
		run(migrate, model, settings);
	}

	/**
	 * Runs the goal's command on the model.
	 * @param migrate the engine on the project's configuration
	 * @param model the project's entities
	 * @param settings the settings, for the goal's own properties
	 * @throws MojoFailureException when the goal's own properties are missing or wrong
	 */
	abstract void run(Migrate migrate, JpaModel model, ProjectSettings settings) throws MojoFailureException;

	/** The repository and the version its database is at, as the goals name them. */
	static String where(RepositoryStatus status) {
		return "repository '" + status.repositoryId() + "' "
				+ ((status.dbVersion() != null) ? "at version " + status.dbVersion() : "(not under version control)");
	}

	/**
	 * Why a database that is behind cannot be the base of a goal, and what to run first: against it, the
	 * pending changesets' work counts as differences.
	 */
	static String behind(RepositoryStatus status, String goal) {
		return "Repository '" + status.repositoryId() + "' is at version "
				+ ((status.dbVersion() != null) ? status.dbVersion() : "none (not under version control)")
				+ " and has versions " + status.pending() + " pending: migrate:" + goal
				+ " compares the entities with a migrated database. Run mvn migrate:upgrade first";
	}

}

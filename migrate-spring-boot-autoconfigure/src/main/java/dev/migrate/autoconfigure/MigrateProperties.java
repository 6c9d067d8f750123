package dev.migrate.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code migrate.*} properties: the repository of the application's DataSource, the switch for all
 * migrations at startup, the operator's {@code migrate.command}, and further repositories with DataSources
 * of their own under {@code migrate.repositories.<name>.*}.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties extends MigrateRepositoryProperties {

	/** The name of the repository of {@code migrate.*}: the name of its {@code Migrate} bean too. */
	public static final String DEFAULT_REPOSITORY = "migrate";

	/**
	 * Whether to migrate the databases at startup: this repository, and every one of migrate.repositories that
	 * does not say otherwise. A migrate.command runs either way.
	 */
	private boolean enabled = true;

	/**
	 * Command to run in place of the application, printing its result and ending the process: status,
	 * db-version, upgrade, downgrade, validate, repair or version-control.
	 */
	private @Nullable String command;

	/**
	 * Whether migrate.command=upgrade or downgrade prints the statements it would run, and runs none.
	 */
	private boolean dryRun;

	/**
	 * The repository migrate.command runs on: 'migrate' for this one, or the name of one of
	 * migrate.repositories. Defaults to every repository that migrates at startup.
	 */
	private @Nullable String commandRepository;

	/**
	 * Further repositories, each with the settings of migrate.* and a DataSource of its own (data-source,
	 * or url, user and password), by name. Each is a Migrate bean named '<name>Migrate'.
	 */
	private Map<String, Repository> repositories = new LinkedHashMap<>();

	/**
	 * What to do when the JPA entities and the migrated schema differ (with Hibernate only): off, warn (log
	 * them, off the startup thread) or fail (stop startup).
	 */
	private ModelCheck modelCheck = ModelCheck.WARN;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getCommand() {
		return this.command;
	}

	public void setCommand(@Nullable String command) {
		this.command = command;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public @Nullable String getCommandRepository() {
		return this.commandRepository;
	}

	public void setCommandRepository(@Nullable String commandRepository) {
		this.commandRepository = commandRepository;
	}

	public Map<String, Repository> getRepositories() {
		return this.repositories;
	}

	public void setRepositories(Map<String, Repository> repositories) {
		this.repositories = repositories;
	}

	public ModelCheck getModelCheck() {
		return this.modelCheck;
	}

	public void setModelCheck(ModelCheck modelCheck) {
		this.modelCheck = modelCheck;
	}

	/**
	 * One of {@code migrate.repositories.<name>.*}: a repository and the database it migrates. Defaults are
	 * the engine's, not those of {@code migrate.*}, but for two that would make it read the repository of
	 * {@code migrate.*}: {@code location} defaults to {@code classpath:db/<name>}, and {@code java-package}
	 * to none. Without {@code data-source} or {@code url} it migrates the application's DataSource.
	 */
	public static class Repository extends MigrateRepositoryProperties {

		/** The location of a repository that does not give one. */
		static final String DEFAULT_LOCATION_PREFIX = "classpath:db/";

		public Repository() {
			setLocation("");
			setJavaPackage("");
		}

		/**
		 * Whether to migrate this repository at startup. Defaults to migrate.enabled.
		 */
		private @Nullable Boolean enabled;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

	}

}

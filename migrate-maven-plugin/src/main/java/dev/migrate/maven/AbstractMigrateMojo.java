package dev.migrate.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateConfigMapper;
import dev.migrate.autoconfigure.MigrateFleetProperties;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.autoconfigure.command.MigrateFleetCommand;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateFleet;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * What every goal does around its one command: read the settings as the application does, open the
 * project's runtime classpath, build the one {@link MigrateConfig}, run, and report a failure in one
 * line. Parameters of the plugin's {@code <configuration>} stand for the {@code migrate.*} property of
 * the same name; a {@code -D} property wins over them, and they win over the environment and the
 * application's files.
 */
abstract class AbstractMigrateMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	@Nullable MavenProject project;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	@Nullable MavenSession session;

	/** The JDBC URL of the database ({@code migrate.url}). */
	@Parameter
	@Nullable String url;

	/** The database user ({@code migrate.user}). */
	@Parameter
	@Nullable String user;

	/** The database password ({@code migrate.password}). */
	@Parameter
	@Nullable String password;

	/** Where the repository is ({@code migrate.location}). */
	@Parameter
	@Nullable String location;

	/** The schema, on MySQL the database, to work on ({@code migrate.schema}). */
	@Parameter
	@Nullable String schema;

	/** The repository's id in the version table ({@code migrate.repository-id}). */
	@Parameter
	@Nullable String repositoryId;

	/** The package of Java changesets ({@code migrate.java-package}). */
	@Parameter
	@Nullable String javaPackage;

	/** The version to upgrade or downgrade to ({@code migrate.target}). */
	@Parameter
	@Nullable String target;

	/** Values for {@code ${name}} in SQL scripts ({@code migrate.placeholders.*}). */
	@Parameter
	@Nullable Map<String, String> placeholders;

	/** The profile whose {@code application-<profile>.*} files count ({@code migrate.profile}). */
	@Parameter
	@Nullable String profile;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		List<@Nullable String> secrets = new ArrayList<>();
		secrets.add(this.password);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (ProjectClassLoader classLoader = ProjectClassLoader.of(classpath(), getClass().getClassLoader())) {
			ProjectSettings settings = ProjectSettings.read(userProperties(), configuration(), System.getenv(),
					project().getBasedir().toPath().resolve("src/main/resources"));
			MigrateProperties properties = settings.migrateProperties();
			secrets.add(properties.getPassword());
			secrets.add(settings.get("spring.datasource.password"));
			properties.setLocation(ScriptFolders.absoluteLocation(properties.getLocation(), basedir()));
			thread.setContextClassLoader(classLoader);
			MigrateConfig config = MigrateConfigMapper.map(properties, dataSource(properties, settings, classLoader),
					classLoader, List.of(), List.of());
			Migrate migrate = new Migrate(config);
			MigrateFleet fleet = fleet(settings, properties);
			if (fleet != null) {
				runOnFleet(migrate, fleet, settings);
			}
			else {
				run(migrate, settings);
			}
		}
		catch (RuntimeException ex) {
			Exception failure = Failures.of(ex, secrets);
			if (failure instanceof MojoFailureException mojoFailure) {
				throw mojoFailure;
			}
			throw (MojoExecutionException) failure;
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot close the project's class loader: " + ex.getMessage(), ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * Runs the goal's command.
	 * @param migrate the engine on the project's configuration
	 * @param settings the settings, for the goal's own properties
	 * @throws MojoFailureException when the goal's own properties are missing or wrong
	 */
	abstract void run(Migrate migrate, ProjectSettings settings) throws MojoFailureException;

	/**
	 * The command this goal runs on a fleet given with {@code -Dmigrate.fleet.schemas} or
	 * {@code -Dmigrate.fleet.query}; null for a goal that acts on one schema only.
	 */
	@Nullable MigrateCommand fleetCommand() {
		return null;
	}

	/**
	 * The fleet to act on: one given with {@code -D} (or the plugin's configuration). A fleet that only the
	 * application's files name is left to the application, with a warning, and the goal acts on one schema.
	 */
	private @Nullable MigrateFleet fleet(ProjectSettings settings, MigrateProperties properties) {
		if (!usesDatabase()) {
			return null;
		}
		MigrateFleet fleet = settings.bind("migrate.fleet", MigrateFleetProperties.class).toFleet();
		if (fleet == null) {
			return null;
		}
		if (settings.explicit("migrate.fleet.schemas") == null && settings.explicit("migrate.fleet.query") == null) {
			getLog().warn("The application's properties name a fleet (migrate.fleet.*, " + fleet.describe() + "): this "
					+ "goal acts on one schema, " + ((properties.getSchema() != null) ? "'" + properties.getSchema() + "'"
							: "the connection's default one") + " (-Dmigrate.schema=<schema>). To act on the fleet, give it "
					+ "with -D: mvn migrate:upgrade -Dmigrate.fleet.schemas=a,b (or -Dmigrate.fleet.query=...), "
					+ "migrate:status the same way");
			return null;
		}
		return fleet;
	}

	private void runOnFleet(Migrate migrate, MigrateFleet fleet, ProjectSettings settings) throws MojoFailureException {
		MigrateCommand command = fleetCommand();
		if (command == null) {
			throw new MojoFailureException("This goal acts on one schema, and -Dmigrate.fleet.schemas or "
					+ "-Dmigrate.fleet.query names a fleet (" + fleet.describe() + "): give the schema with "
					+ "-Dmigrate.schema=<schema> instead. mvn migrate:upgrade and migrate:status act on a fleet.");
		}
		String schema = settings.bind("migrate.fleet", MigrateFleetProperties.class).getSchema();
		MigrateCommand.Result result = new MigrateFleetCommand(migrate, fleet, schema).run(command,
				migrate.config().target(), settings.isTrue(Reports.DRY_RUN));
		result.output().lines().forEach(getLog()::info);
		if (result.exitCode() != 0) {
			throw new MojoFailureException("migrate:" + command.value() + " on the fleet failed for some schemas: "
					+ "each is listed above with its failure");
		}
	}

	/** Whether the goal opens the database; the goals that write scripts do not. */
	boolean usesDatabase() {
		return true;
	}

	/** The classpath of the project's class loader: its runtime classpath. */
	List<String> classpath() {
		try {
			return project().getRuntimeClasspathElements();
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new IllegalStateException("The project's runtime classpath is not resolved", ex);
		}
	}

	MavenProject project() {
		if (this.project == null) {
			throw new IllegalStateException("No Maven project");
		}
		return this.project;
	}

	Path basedir() {
		return project().getBasedir().toPath();
	}

	private DataSource dataSource(MigrateProperties properties, ProjectSettings settings, ClassLoader classLoader) {
		if (!usesDatabase()) {
			return new UnusedDataSource();
		}
		return DriverDataSources.create(JdbcTarget.choose(properties, settings), classLoader);
	}

	private Map<String, String> userProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		Properties user = (this.session != null) ? this.session.getUserProperties() : new Properties();
		user.stringPropertyNames().forEach((name) -> properties.put(name, user.getProperty(name)));
		return properties;
	}

	/** The plugin's configuration, by the {@code migrate.*} key each parameter stands for. */
	private Map<String, String> configuration() {
		Map<String, String> configuration = new LinkedHashMap<>();
		put(configuration, "migrate.url", this.url);
		put(configuration, "migrate.user", this.user);
		put(configuration, "migrate.password", this.password);
		put(configuration, "migrate.location", this.location);
		put(configuration, "migrate.schema", this.schema);
		put(configuration, "migrate.repository-id", this.repositoryId);
		put(configuration, "migrate.java-package", this.javaPackage);
		put(configuration, "migrate.target", this.target);
		put(configuration, "migrate.profile", this.profile);
		if (this.placeholders != null) {
			this.placeholders.forEach((name, value) -> put(configuration, "migrate.placeholders." + name, value));
		}
		return configuration;
	}

	private static void put(Map<String, String> configuration, String key, @Nullable String value) {
		if (value != null) {
			configuration.put(key, value);
		}
	}

}

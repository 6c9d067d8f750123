package dev.migrate.autoconfigure.command;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.MigrateRepositoryException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs {@code migrate.command} where the {@link MigrateInitializer} would run, in its place: before the
 * EntityManagerFactory, JdbcTemplate and {@code @DependsOnDatabaseInitialization} beans, since the same
 * {@code DatabaseInitializerDetector} names this type. It prints the command's result and throws a
 * {@link MigrateCommandException}, so that nothing after it starts. A command that fails throws the engine's
 * exception, which the failure analyzers report. With several repositories it runs on each in turn, prints
 * each result under the repository's name, and ends with the highest exit code; a failure names the
 * repository it happened on, and the repositories after it are not run. With a {@link MigrateFleet}, the
 * command runs on the fleet in place of {@code migrate.*}'s one schema, as {@link MigrateFleetCommand} says.
 */
public class MigrateCommandInitializer implements InitializingBean {

	private final Map<String, Migrate> migrates;

	private final MigrateCommand command;

	private final @Nullable Integer target;

	private final boolean dryRun;

	private final PrintStream out;

	private @Nullable MigrateFleetCommand fleet;

	/**
	 * An initializer that runs one command.
	 * @param migrate the engine
	 * @param command the command
	 * @param target {@code migrate.target}; null for the latest version (or none given)
	 * @param dryRun {@code migrate.dry-run}: print the statements the command would run, and run none
	 * @param out where the result goes: standard output
	 */
	public MigrateCommandInitializer(Migrate migrate, MigrateCommand command, @Nullable Integer target,
			boolean dryRun, PrintStream out) {
		this(Map.of("migrate", migrate), command, target, dryRun, out);
	}

	/**
	 * An initializer that runs one command on several repositories.
	 * @param migrates the engines, by repository name, in the order to run them
	 * @param command the command
	 * @param target {@code migrate.target}; null for the latest version (or none given)
	 * @param dryRun {@code migrate.dry-run}: print the statements the command would run, and run none
	 * @param out where the results go: standard output
	 */
	public MigrateCommandInitializer(Map<String, Migrate> migrates, MigrateCommand command, @Nullable Integer target,
			boolean dryRun, PrintStream out) {
		this.migrates = new LinkedHashMap<>(migrates);
		this.command = command;
		this.target = target;
		this.dryRun = dryRun;
		this.out = out;
	}

	/**
	 * Runs the command on a fleet in place of the one schema of {@code migrate.*}'s repository.
	 * @param fleet the fleet
	 * @param schema {@code migrate.fleet.schema}: the one schema of the fleet to run on; null for the fleet
	 */
	public void setFleet(MigrateFleet fleet, @Nullable String schema) {
		Migrate migrate = this.migrates.get(MigrateProperties.DEFAULT_REPOSITORY);
		this.fleet = (migrate != null) ? new MigrateFleetCommand(migrate, fleet, schema) : null;
	}

	@Override
	public void afterPropertiesSet() {
		int exitCode = 0;
		boolean several = this.migrates.size() > 1;
		for (Map.Entry<String, Migrate> entry : this.migrates.entrySet()) {
			MigrateCommand.Result result = run(entry.getKey(), entry.getValue(), several);
			if (several) {
				this.out.print("Repository " + entry.getKey() + ":\n");
			}
			this.out.print(result.output().endsWith("\n") ? result.output() : result.output() + "\n");
			this.out.flush();
			exitCode = Math.max(exitCode, result.exitCode());
		}
		throw new MigrateCommandException(this.command, exitCode);
	}

	private MigrateCommand.Result run(String repository, Migrate migrate, boolean several) {
		try {
			if (this.fleet != null && MigrateProperties.DEFAULT_REPOSITORY.equals(repository)) {
				return this.fleet.run(this.command, this.target, this.dryRun);
			}
			return this.dryRun ? this.command.plan(migrate, this.target) : this.command.run(migrate, this.target);
		}
		catch (RuntimeException ex) {
			if (!several) {
				throw ex;
			}
			throw new MigrateRepositoryException(repository, ex);
		}
	}

	/** The repositories it runs on, by name, in order. */
	public Map<String, Migrate> getMigrates() {
		return Collections.unmodifiableMap(this.migrates);
	}

	/** The command this initializer runs. */
	public MigrateCommand getCommand() {
		return this.command;
	}

}

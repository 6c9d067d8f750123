package dev.migrate.autoconfigure.command;

import java.io.PrintStream;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.core.Migrate;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs {@code migrate.command} where the {@link MigrateInitializer} would run, in its place: before the
 * EntityManagerFactory, JdbcTemplate and {@code @DependsOnDatabaseInitialization} beans, since the same
 * {@code DatabaseInitializerDetector} names this type. It prints the command's result and throws a
 * {@link MigrateCommandException}, so that nothing after it starts. A command that fails throws the engine's
 * exception, which the failure analyzers report.
 */
public class MigrateCommandInitializer implements InitializingBean {

	private final Migrate migrate;

	private final MigrateCommand command;

	private final @Nullable Integer target;

	private final boolean dryRun;

	private final PrintStream out;

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
		this.migrate = migrate;
		this.command = command;
		this.target = target;
		this.dryRun = dryRun;
		this.out = out;
	}

	@Override
	public void afterPropertiesSet() {
		MigrateCommand.Result result = this.dryRun ? this.command.plan(this.migrate, this.target)
				: this.command.run(this.migrate, this.target);
		this.out.print(result.output().endsWith("\n") ? result.output() : result.output() + "\n");
		this.out.flush();
		throw new MigrateCommandException(this.command, result.exitCode());
	}

	/** The command this initializer runs. */
	public MigrateCommand getCommand() {
		return this.command;
	}

}

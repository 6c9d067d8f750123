package dev.migrate.autoconfigure.command;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Thrown by the {@link MigrateCommandInitializer} once the command ran and printed its result: it stops the
 * application's startup there. Not a failure: {@link MigrateCommandExceptionReporter} reports it silently, and
 * the process ends with its exit code.
 */
public class MigrateCommandException extends RuntimeException implements ExitCodeGenerator {

	private static final long serialVersionUID = 1L;

	private final MigrateCommand command;

	private final int exitCode;

	public MigrateCommandException(MigrateCommand command, int exitCode) {
		super("migrate.command=" + command.value() + " ran; exit code " + exitCode, null, false, false);
		this.command = command;
		this.exitCode = exitCode;
	}

	/** The command that ran. */
	public MigrateCommand getCommand() {
		return this.command;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}

package dev.migrate.maven;

import java.util.List;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.core.ConnectionFailedException;
import dev.migrate.core.MigrateException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a command threw into Maven's failures: the engine's message, in one line, and never a
 * password. The exception stays the cause, so {@code -e} shows its stack trace; Maven appends the
 * message of every cause that the failure's message does not contain, so a connection failure keeps
 * the driver's exception, not the engine's wrapper around it, as its cause.
 */
final class Failures {

	private static final String MASK = "******";

	private Failures() {
	}

	/**
	 * The failure to report.
	 * @param ex what the command threw
	 * @param secrets values that must not appear in the message (passwords)
	 * @return a {@link MojoFailureException} for a problem of the project or its database, a
	 * {@link MojoExecutionException} for anything unexpected
	 */
	static Exception of(RuntimeException ex, List<@Nullable String> secrets) {
		ConnectionFailedException connection = connectionFailure(ex);
		if (connection != null) {
			return new MojoFailureException(masked(connection.getMessage(), secrets), connection);
		}
		if (ex instanceof MigrateException || ex instanceof SettingsException
				|| ex instanceof InvalidMigratePropertyException || ex instanceof IllegalArgumentException) {
			return new MojoFailureException(masked(ex.getMessage(), secrets), ex);
		}
		return new MojoExecutionException(masked(String.valueOf(ex), secrets), ex);
	}

	/** The message with every secret replaced by a mask. */
	static String masked(@Nullable String message, List<@Nullable String> secrets) {
		String masked = String.valueOf(message);
		for (String secret : secrets) {
			if (secret != null && secret.length() >= 3) {
				masked = masked.replace(secret, MASK);
			}
		}
		return masked;
	}

	private static @Nullable ConnectionFailedException connectionFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectionFailedException connection) {
				return connection;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}

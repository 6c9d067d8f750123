package dev.migrate.core;

/**
 * A command could not do what it was asked. The message says what happened, where, and what to do
 * next; subclasses carry the details as fields for failure analyzers and tools.
 */
public class MigrateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MigrateException(String message) {
		super(message);
	}

	public MigrateException(String message, Throwable cause) {
		super(message, cause);
	}

}

package dev.migrate.core;

/**
 * A version given to a command is not one it can go to: not a number, negative, beyond the latest,
 * or in the wrong direction. Nothing in the database was changed.
 */
public final class InvalidVersionException extends MigrateException {

	private static final long serialVersionUID = 1L;

	public InvalidVersionException(String message) {
		super(message);
	}

}

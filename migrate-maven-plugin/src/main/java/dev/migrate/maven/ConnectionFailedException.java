package dev.migrate.maven;

import java.sql.SQLException;

/** The database did not accept a connection: its URL (without credentials) and the driver's reason. */
final class ConnectionFailedException extends SQLException {

	private static final long serialVersionUID = 1L;

	ConnectionFailedException(String safeUrl, SQLException cause) {
		super("Could not connect to " + safeUrl + ": " + firstLine(cause.getMessage()), cause.getSQLState(),
				cause.getErrorCode(), cause);
	}

	private static String firstLine(@org.jspecify.annotations.Nullable String message) {
		if (message == null || message.isBlank()) {
			return "no reason given by the driver";
		}
		return message.strip().lines().findFirst().orElse(message).strip();
	}

}

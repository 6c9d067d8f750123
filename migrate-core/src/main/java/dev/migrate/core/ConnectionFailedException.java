package dev.migrate.core;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * The database did not accept a connection: its URL, the password hidden, and the driver's reason, with
 * what to check. Nothing was run.
 */
public class ConnectionFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "Check that the database runs and accepts connections from here, and its "
			+ "URL, user and password.";

	private final @Nullable String url;

	/**
	 * A failure to connect.
	 * @param url the JDBC URL as the DataSource has it, when it tells; it is shown without its password
	 * @param cause the driver's exception, or a pool's around it
	 */
	public ConnectionFailedException(@Nullable String url, Throwable cause) {
		super("Could not connect to " + ((url != null) ? JdbcUrls.withoutCredentials(url) : "the database") + ": "
				+ firstLine(reason(cause).getMessage()) + ". " + ADVICE + " Nothing was run.", ADVICE, cause);
		this.url = (url != null) ? JdbcUrls.withoutCredentials(url) : null;
	}

	/** The URL, its password hidden; null when the DataSource does not tell it. */
	public @Nullable String url() {
		return this.url;
	}

	/** The driver's own exception: a pool (Hikari) wraps it in one of its own. */
	private static Throwable reason(Throwable cause) {
		for (Throwable each = cause; each != null && each.getCause() != each; each = each.getCause()) {
			if (each instanceof SQLException) {
				return each;
			}
		}
		return cause;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "the driver gave no reason";
		}
		String line = message.strip().lines().findFirst().orElse(message).strip();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}

package dev.migrate.maven;

/** The plugin's settings are missing or wrong; the message says which and where to set them. */
final class SettingsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SettingsException(String message) {
		super(message);
	}

	SettingsException(String message, Throwable cause) {
		super(message, cause);
	}

}

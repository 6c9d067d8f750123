package dev.migrate.maven;

import org.jspecify.annotations.Nullable;

/** Parses version numbers given to a goal, naming the property when one is not a number. */
final class DatabaseVersion {

	private DatabaseVersion() {
	}

	/** The version, or {@code fallback} when the property is not set. */
	static int parse(String property, @Nullable String value, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (!value.strip().matches("\\d{1,9}")) {
			throw new SettingsException("-D" + property + " must be a version number, 0 or more, not '" + value + "'");
		}
		return Integer.parseInt(value.strip());
	}

}

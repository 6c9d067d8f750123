package dev.migrate.core.internal;

import dev.migrate.core.InvalidVersionException;

/** Reads a version given as text, as on a command line or in a property. */
public final class VersionArgument {

	private VersionArgument() {
	}

	/** The version; fails with a clear message for anything but a whole number of 0 or more. */
	public static int parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (!trimmed.matches("\\d{1,9}")) {
			throw new InvalidVersionException("'" + text + "' is not a version: give a whole number, 0 or more. "
					+ "Nothing was changed.");
		}
		return Integer.parseInt(trimmed);
	}

}

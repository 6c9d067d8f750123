package dev.migrate.core.repository;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a SQL script's file name, SQLAlchemy-Migrate's
 * {@code NNN_description_<dialect|default>_<upgrade|downgrade>.sql}.
 *
 * @param fileName the whole name
 * @param version the number
 * @param description the description with underscores as spaces; empty when the name has none
 * @param dialect the dialect name in lower case, or {@code default}
 * @param upgrade whether it is an upgrade script (else a downgrade script)
 */
record ScriptName(String fileName, int version, String description, String dialect, boolean upgrade) {

	static final String DEFAULT_DIALECT = "default";

	private static final String UPGRADE = "_upgrade.sql";

	private static final String DOWNGRADE = "_downgrade.sql";

	/** Whether the file belongs to the repository's numbered scripts at all (it starts with a number). */
	static boolean isNumbered(String fileName) {
		int digits = digits(fileName);
		return digits > 0 && digits < fileName.length() && (fileName.charAt(digits) == '_' || fileName.charAt(digits) == '.');
	}

	/** The number a numbered file name starts with. */
	static int leadingNumber(String fileName) {
		return Integer.parseInt(fileName.substring(0, Math.min(digits(fileName), 9)));
	}

	/** Whether the file is a numbered Python script, which cannot run on the JVM. */
	static boolean isPython(String fileName) {
		return isNumbered(fileName) && fileName.endsWith(".py");
	}

	/** Whether the file is left alone: compiled Python, editor backups and the like. */
	static boolean isIgnored(String fileName) {
		return !isNumbered(fileName) || fileName.endsWith(".pyc") || fileName.endsWith(".pyo") || fileName.endsWith("~");
	}

	/**
	 * The parts of a numbered SQL script's name, or null when the name does not follow the pattern. A
	 * plain scan rather than a regular expression: it runs for every file on every application start.
	 */
	static @Nullable ScriptName parse(String fileName) {
		boolean upgrade = fileName.endsWith(UPGRADE);
		if (!upgrade && !fileName.endsWith(DOWNGRADE)) {
			return null;
		}
		int digits = digits(fileName);
		if (digits < 3 || digits > 9 || fileName.charAt(digits) != '_') {
			return null;
		}
		int end = fileName.length() - (upgrade ? UPGRADE : DOWNGRADE).length();
		int dialectStart = fileName.lastIndexOf('_', end - 1) + 1;
		if (dialectStart <= digits || dialectStart >= end) {
			return null;
		}
		String dialect = fileName.substring(dialectStart, end);
		for (int i = 0; i < dialect.length(); i++) {
			if (!Character.isLetterOrDigit(dialect.charAt(i))) {
				return null;
			}
		}
		String description = (dialectStart - 1 > digits + 1)
				? fileName.substring(digits + 1, dialectStart - 1).replace('_', ' ').trim() : "";
		return new ScriptName(fileName, Integer.parseInt(fileName.substring(0, digits)), description,
				dialect.toLowerCase(Locale.ROOT), upgrade);
	}

	private static int digits(String fileName) {
		int end = 0;
		while (end < fileName.length() && fileName.charAt(end) >= '0' && fileName.charAt(end) <= '9') {
			end++;
		}
		return end;
	}

}

package dev.migrate.core.repository;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a SQL script's file name, SQLAlchemy-Migrate's
 * {@code NNN_description_<dialect|default>_<upgrade|downgrade>.sql}.
 *
 * @param fileName the whole name
 * @param version the number
 * @param dialect the dialect name in lower case, or {@code default}
 * @param upgrade whether it is an upgrade script (else a downgrade script)
 */
record ScriptName(String fileName, int version, String dialect, boolean upgrade) {

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
		String dialect = dialect(fileName, dialectStart, end);
		if (dialect == null) {
			return null;
		}
		int version = 0;
		for (int i = 0; i < digits; i++) {
			version = version * 10 + (fileName.charAt(i) - '0');
		}
		return new ScriptName(fileName, version, dialect, upgrade);
	}

	/**
	 * The description with underscores as spaces; empty when the name has none. Read from the name when
	 * asked for: only the chosen upgrade scripts' are.
	 */
	String description() {
		int start = digits(this.fileName) + 1;
		int suffix = (this.upgrade ? UPGRADE : DOWNGRADE).length();
		int end = this.fileName.lastIndexOf('_', this.fileName.length() - suffix - 1);
		return (end > start) ? this.fileName.substring(start, end).replace('_', ' ').trim() : "";
	}

	/** The dialect between {@code start} and {@code end} in lower case, or null when it is not a word. */
	private static @Nullable String dialect(String fileName, int start, int end) {
		if (end - start == DEFAULT_DIALECT.length() && fileName.startsWith(DEFAULT_DIALECT, start)) {
			return DEFAULT_DIALECT;
		}
		for (int i = start; i < end; i++) {
			if (!Character.isLetterOrDigit(fileName.charAt(i))) {
				return null;
			}
		}
		return fileName.substring(start, end).toLowerCase(Locale.ROOT);
	}

	private static int digits(String fileName) {
		int end = 0;
		while (end < fileName.length() && fileName.charAt(end) >= '0' && fileName.charAt(end) <= '9') {
			end++;
		}
		return end;
	}

}

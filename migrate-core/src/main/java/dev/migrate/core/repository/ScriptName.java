package dev.migrate.core.repository;

import java.util.Locale;
import java.util.Set;

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
	 * The dialect names a repository may carry scripts for: ours, and SQLAlchemy's other databases, whose
	 * scripts a repository taken over from Python keeps. Any other word in a script's dialect place is a
	 * mistake (most often a description word where the dialect was left out).
	 */
	private static final Set<String> KNOWN_DIALECTS = Set.of(DEFAULT_DIALECT, "postgresql", "mysql", "h2", "sqlite",
			"oracle", "mssql", "firebird", "sybase", "drizzle", "access", "informix", "maxdb");

	/** Whether a script's dialect is a known one (or {@code default}). */
	static boolean isKnownDialect(String dialect) {
		return KNOWN_DIALECTS.contains(dialect);
	}

	/** Whether a file that does not follow the layout still looks like a changeset: an SQL file. */
	static boolean looksLikeChangeset(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
	}

	/**
	 * The name a misnamed SQL script should have, as the upgrade (or downgrade) of the layout; null when
	 * no number can be read from it. Flyway's {@code V4__add_views.sql} becomes
	 * {@code 004_add_views_default_upgrade.sql}; {@code 004-add-views_upgrade.sql},
	 * {@code 004_add_views_upgrade.sql} and {@code 4_add_views.sql} become the same.
	 */
	static @Nullable String suggestedName(String fileName) {
		String base = fileName.substring(0, fileName.length() - ".sql".length());
		boolean upgrade = true;
		String rest;
		int digits;
		if (base.length() > 1 && (base.charAt(0) == 'V' || base.charAt(0) == 'U') && base.indexOf("__") > 1) {
			upgrade = base.charAt(0) == 'V';
			String number = base.substring(1, base.indexOf("__"));
			if (!number.chars().allMatch((c) -> c >= '0' && c <= '9') || number.length() > 9) {
				return null;
			}
			digits = Integer.parseInt(number);
			rest = base.substring(base.indexOf("__") + 2);
		}
		else {
			int end = digits(base);
			if (end == 0 || end > 9) {
				return null;
			}
			digits = Integer.parseInt(base.substring(0, end));
			rest = base.substring(end);
		}
		String words = rest.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (words.endsWith("_upgrade") || words.equals("upgrade")) {
			words = words.substring(0, Math.max(0, words.length() - "_upgrade".length()));
		}
		else if (words.endsWith("_downgrade") || words.equals("downgrade")) {
			upgrade = false;
			words = words.substring(0, Math.max(0, words.length() - "_downgrade".length()));
		}
		int dialect = words.lastIndexOf('_');
		String dialectWord = (dialect >= 0) ? words.substring(dialect + 1) : words;
		if (!KNOWN_DIALECTS.contains(dialectWord)) {
			words = words.isEmpty() ? DEFAULT_DIALECT : words + "_" + DEFAULT_DIALECT;
		}
		return String.format(Locale.ROOT, "%03d_%s%s", digits, words, upgrade ? UPGRADE : DOWNGRADE);
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

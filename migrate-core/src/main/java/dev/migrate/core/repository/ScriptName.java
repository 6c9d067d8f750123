package dev.migrate.core.repository;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern SQL = Pattern.compile("(\\d+)_(?:(.+)_)?([A-Za-z0-9]+)_(upgrade|downgrade)\\.sql");

	private static final Pattern NUMBERED = Pattern.compile("\\d+[_.].*");

	/** Whether the file belongs to the repository's numbered scripts at all (it starts with a number). */
	static boolean isNumbered(String fileName) {
		return NUMBERED.matcher(fileName).matches();
	}

	/** The number a numbered file name starts with. */
	static int leadingNumber(String fileName) {
		int end = 0;
		while (end < fileName.length() && Character.isDigit(fileName.charAt(end))) {
			end++;
		}
		return Integer.parseInt(fileName.substring(0, Math.min(end, 9)));
	}

	/** Whether the file is a numbered Python script, which cannot run on the JVM. */
	static boolean isPython(String fileName) {
		return isNumbered(fileName) && fileName.endsWith(".py");
	}

	/** Whether the file is left alone: compiled Python, editor backups and the like. */
	static boolean isIgnored(String fileName) {
		return !isNumbered(fileName) || fileName.endsWith(".pyc") || fileName.endsWith(".pyo") || fileName.endsWith("~");
	}

	/** The parts of a numbered SQL script's name, or null when the name does not follow the pattern. */
	static @Nullable ScriptName parse(String fileName) {
		Matcher matcher = SQL.matcher(fileName);
		if (!matcher.matches() || matcher.group(1).length() < 3 || matcher.group(1).length() > 9) {
			return null;
		}
		String description = (matcher.group(2) != null) ? matcher.group(2).replace('_', ' ').trim() : "";
		return new ScriptName(fileName, Integer.parseInt(matcher.group(1)), description,
				matcher.group(3).toLowerCase(Locale.ROOT), matcher.group(4).equals("upgrade"));
	}

}

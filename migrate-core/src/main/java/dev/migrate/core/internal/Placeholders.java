package dev.migrate.core.internal;

import java.util.Map;

import dev.migrate.core.MigrateException;

/** Replaces {@code ${name}} in SQL scripts with configured values. */
final class Placeholders {

	private Placeholders() {
	}

	/**
	 * The text with every {@code ${name}} replaced.
	 * @throws MigrateException naming the file and line of a placeholder that has no value
	 */
	static String replace(String text, Map<String, String> values, String fileName) {
		int start = text.indexOf("${");
		if (start < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		int from = 0;
		while (start >= 0) {
			int end = text.indexOf('}', start + 2);
			if (end < 0) {
				break;
			}
			String name = text.substring(start + 2, end);
			String value = values.get(name);
			if (value == null) {
				throw new MigrateException(fileName + " line " + line(text, start) + " uses the placeholder ${" + name
						+ "}, which has no value: set it in the configuration (migrate.placeholders." + name
						+ "), or remove it from the script");
			}
			result.append(text, from, start).append(value);
			from = end + 1;
			start = text.indexOf("${", from);
		}
		return result.append(text, from, text.length()).toString();
	}

	private static int line(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}

package dev.migrate.core.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.core.MigrateConfig;
import org.jspecify.annotations.Nullable;

/**
 * The {@code [db_settings]} of a repository's {@code migrate.cfg}, SQLAlchemy-Migrate's file: the
 * repository id, the version table and whether versions are timestamps.
 *
 * @param repositoryId {@code repository_id}, when set
 * @param versionTable {@code version_table}, when set
 * @param useTimestampNumbering {@code use_timestamp_numbering}
 */
public record RepositorySettings(@Nullable String repositoryId, @Nullable String versionTable,
		boolean useTimestampNumbering) {

	/** The settings of a repository without {@code migrate.cfg}. */
	public static final RepositorySettings NONE = new RepositorySettings(null, null, false);

	/** Reads the {@code [db_settings]} section of a {@code migrate.cfg} text; other sections are ignored. */
	public static RepositorySettings parse(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		String section = "";
		int start = 0;
		while (start < text.length()) {
			int end = Lines.end(text, start);
			String line = text.substring(start, end).strip();
			start = Lines.next(text, end);
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
				continue;
			}
			int separator = indexOfSeparator(line);
			if (section.equals("db_settings") && separator > 0) {
				values.put(line.substring(0, separator).strip().toLowerCase(Locale.ROOT),
						line.substring(separator + 1).strip());
			}
		}
		return new RepositorySettings(blankToNull(values.get("repository_id")), blankToNull(values.get("version_table")),
				"true".equalsIgnoreCase(values.getOrDefault("use_timestamp_numbering", "false")));
	}

	/**
	 * What is wrong with the settings, checked as the same values set as properties are: a version table
	 * that is not a plain SQL name, a repository id longer than its column.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.versionTable != null && !MigrateConfig.isPlainName(this.versionTable)) {
			problems.add("migrate.cfg sets version_table = " + this.versionTable + ", which is not a plain SQL name: use "
					+ "letters, digits and '_', starting with a letter, at most 63 characters");
		}
		if (this.repositoryId != null && this.repositoryId.length() > 250) {
			problems.add("migrate.cfg sets a repository_id longer than 250 characters: shorten it");
		}
		return problems;
	}

	private static int indexOfSeparator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return (colon < 0) ? equals : Math.min(equals, colon);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}

package dev.migrate.core;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link RepositoryStatus} as the text a person reads: the repository, its db version, its version and
 * whether it is dirty, then one row per changeset. The Maven goal {@code migrate:status} and the jar's
 * {@code --migrate.command=status} print it, so both show the same thing.
 */
public final class StatusTable {

	private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final String[] HEADINGS = { "version", "description", "type", "state", "applied at" };

	private StatusTable() {
	}

	/** The status as lines of text, ending with a line break. */
	public static String of(RepositoryStatus status) {
		StringBuilder text = new StringBuilder();
		text.append("Repository '").append(status.repositoryId()).append("'\n");
		text.append("  db version: ")
			.append(status.underVersionControl() ? String.valueOf(status.dbVersion()) : "none (not under version control)")
			.append('\n');
		text.append("  version:    ").append(status.version()).append('\n');
		text.append("  dirty:      ").append(status.dirty() ? "yes: a changeset failed part-way, see FAILED below" : "no")
			.append('\n');
		if (status.changesets().isEmpty()) {
			return text.append("  (the repository has no changesets)\n").toString();
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(HEADINGS);
		for (ChangesetStatus changeset : status.changesets()) {
			rows.add(new String[] { String.valueOf(changeset.version()), changeset.description(),
					(changeset.type() != null) ? changeset.type().name() : "", state(changeset),
					(changeset.appliedAt() != null) ? APPLIED_AT.format(changeset.appliedAt()) : "" });
		}
		int[] widths = new int[HEADINGS.length];
		for (String[] row : rows) {
			for (int column = 0; column < row.length; column++) {
				widths[column] = Math.max(widths[column], row[column].length());
			}
		}
		text.append('\n');
		for (String[] row : rows) {
			line(text, row, widths);
			if (row == HEADINGS) {
				String[] rule = new String[widths.length];
				for (int column = 0; column < widths.length; column++) {
					rule[column] = "-".repeat(widths[column]);
				}
				line(text, rule, widths);
			}
		}
		return text.toString();
	}

	/**
	 * The state, with a word where the checksum no longer matches the repository's changeset, and for a
	 * future one whether this release can downgrade it from the history.
	 */
	private static String state(ChangesetStatus changeset) {
		String state = changeset.state().name();
		if (changeset.downgradeRecorded() != null) {
			return state + (changeset.downgradeRecorded() ? " (downgrade recorded)" : " (no downgrade recorded)");
		}
		return Boolean.FALSE.equals(changeset.checksumMatches()) ? state + " (changed since applied)" : state;
	}

	private static void line(StringBuilder text, String[] row, int[] widths) {
		StringBuilder line = new StringBuilder("  ");
		for (int column = 0; column < row.length; column++) {
			if (column == 0) {
				line.append(" ".repeat(widths[0] - row[0].length())).append(row[0]);
			}
			else {
				line.append("  ").append(row[column]).append(" ".repeat(widths[column] - row[column].length()));
			}
		}
		text.append(line.toString().stripTrailing()).append('\n');
	}

}

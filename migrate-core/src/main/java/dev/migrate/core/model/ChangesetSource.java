package dev.migrate.core.model;

import java.util.List;

/**
 * The Java source of a generated changeset.
 *
 * @param className the class's simple name, {@code V003_AddSummaryToPage}
 * @param code the source file's text
 * @param reversible whether it is a {@code ReversibleChangeset} (its downgrade derived) rather than a
 * {@code JavaChangeset} with a downgrade of its own
 * @param warnings what a person must confirm or know before it runs, one line each
 */
public record ChangesetSource(String className, String code, boolean reversible, List<String> warnings) {

	/** Copies the warnings. */
	public ChangesetSource {
		warnings = List.copyOf(warnings);
	}

}

package dev.migrate.core.model;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code Migrate.generate} did: the changeset file it wrote, or nothing when the database already is
 * what the model maps.
 *
 * @param file the file written, or null when the diff was empty and nothing was written
 * @param version the changeset's version (the next one, also when nothing was written)
 * @param className the class's simple name, or null when nothing was written
 * @param reversible whether the class is a {@code ReversibleChangeset}, its downgrade derived
 * @param warnings what a person must confirm before the changeset runs (commented drops, narrowing, possible
 * renames), one line each
 * @param diff the differences the changeset removes
 */
public record GeneratedChangeset(@Nullable Path file, int version, @Nullable String className, boolean reversible,
		List<String> warnings, ModelDiff diff) {

	/** Copies the warnings. */
	public GeneratedChangeset {
		warnings = List.copyOf(warnings);
	}

	/** Whether a changeset was written: the diff was not empty. */
	public boolean written() {
		return this.file != null;
	}

	/** What happened, for a person: the file and its warnings, or that nothing was written and why. */
	public String describe() {
		if (this.file == null) {
			return "The database is what the JPA model maps: no changeset was written";
		}
		StringBuilder text = new StringBuilder("Wrote " + this.file + " (version " + this.version + ", "
				+ this.diff.differences().size() + " difference" + ((this.diff.differences().size() == 1) ? "" : "s")
				+ ", " + (this.reversible ? "a ReversibleChangeset" : "a JavaChangeset with its own downgrade") + ")");
		if (!this.warnings.isEmpty()) {
			text.append("; confirm before it runs:");
			this.warnings.forEach((warning) -> text.append("\n  ").append(warning));
		}
		return text.toString();
	}

}

package dev.migrate.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One failure of the round-trip {@code test}: a downgrade that does not undo its upgrade, a changeset that
 * failed in the round trip, or the whole path down that does not give the schema back.
 *
 * @param version the version whose downgrade is at fault (for the whole path: the version it failed at,
 * or the one it started from)
 * @param downgrade the downgrade to fix: its script, or its class
 * @param differences what the schema has after the downgrade that it did not have before, one line each
 * @param error the database's message, when a changeset failed rather than left a difference
 * @param wholePath whether the failure is the whole path's rather than one changeset's own round trip
 */
public record RoundTripFailure(int version, String downgrade, List<String> differences, @Nullable String error,
		boolean wholePath) {

	public RoundTripFailure {
		differences = List.copyOf(differences);
	}

	/** The failure in words, with what to fix. */
	public String describe() {
		if (this.wholePath) {
			String what = (this.error != null) ? "failed at version " + this.version + " (" + this.downgrade + "): "
					+ this.error : "does not give the schema back as it was at version " + this.version + ":\n  "
							+ String.join("\n  ", this.differences);
			return "Downgrading every version in one go " + what + "\n  Each changeset passed its own round trip, so a "
					+ "downgrade leaves something behind that an older downgrade trips over (a view or a default it "
					+ "restores, for example): look at the downgrades above version " + this.version + ".";
		}
		if (this.error != null) {
			return "The round trip of version " + this.version + " failed: " + this.error;
		}
		return "The downgrade of version " + this.version + " (" + this.downgrade + ") does not undo its upgrade. "
				+ "After upgrade and downgrade the schema differs from before:\n  " + String.join("\n  ", this.differences)
				+ "\n  Fix " + this.downgrade + " so that it reverses every change of the upgrade.";
	}

}

package dev.migrate.core;

import java.util.List;

/**
 * What {@code validate} found: the applied changesets whose checksum differs from the repository's.
 *
 * @param checked how many applied changesets had a recorded checksum to compare
 * @param mismatches the ones that differ
 */
public record ValidationResult(int checked, List<ChecksumMismatch> mismatches) {

	public ValidationResult {
		mismatches = List.copyOf(mismatches);
	}

	/** Whether every checked changeset matches. */
	public boolean valid() {
		return this.mismatches.isEmpty();
	}

	/**
	 * An applied changeset that was changed after it ran.
	 *
	 * @param version the version
	 * @param source its file or class
	 * @param recorded the checksum recorded when it ran
	 * @param current the checksum of the repository's changeset now
	 */
	public record ChecksumMismatch(int version, String source, String recorded, String current) {

		@Override
		public String toString() {
			return "version " + this.version + " (" + this.source + "): recorded checksum " + this.recorded
					+ ", now " + this.current;
		}

	}

}

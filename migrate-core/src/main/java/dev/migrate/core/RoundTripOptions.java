package dev.migrate.core;

/**
 * How the round-trip {@code test} runs.
 *
 * @param failFast whether it stops at the first downgrade that does not undo its upgrade; by default it
 * goes on (in a scratch schema built up to the version after the failure) and reports every one
 * @param wholePath whether, once every changeset passed its own round trip, it also downgrades from the
 * latest version to the one it started at in one go and compares the schema with the one it started
 * from: a downgrade that breaks only an older downgrade is caught so
 * @param columnOrder whether the order of a table's columns counts: by default it does not, as a
 * downgrade that adds a dropped column back can only add it at the end on most databases
 */
public record RoundTripOptions(boolean failFast, boolean wholePath, boolean columnOrder) {

	/** Every failure reported, the whole path checked, column order ignored. */
	public static final RoundTripOptions DEFAULT = new RoundTripOptions(false, true, false);

	/** These options, stopping at the first failure or not. */
	public RoundTripOptions withFailFast(boolean failFast) {
		return new RoundTripOptions(failFast, this.wholePath, this.columnOrder);
	}

	/** These options, checking the whole path or not. */
	public RoundTripOptions withWholePath(boolean wholePath) {
		return new RoundTripOptions(this.failFast, wholePath, this.columnOrder);
	}

	/** These options, with the order of columns counting or not. */
	public RoundTripOptions withColumnOrder(boolean columnOrder) {
		return new RoundTripOptions(this.failFast, this.wholePath, columnOrder);
	}

}

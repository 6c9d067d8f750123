package dev.migrate.core;

/**
 * How the round-trip {@code test} runs.
 *
 * @param failFast whether it stops at the first downgrade that does not undo its upgrade; by default it
 * goes on (in a scratch schema built up to the version after the failure) and reports every one
 * @param wholePath whether, once every changeset passed its own round trip, it also downgrades from the
 * latest version to the one it started at in one go and compares the schema with the one it started
 * from: a downgrade that breaks only an older downgrade is caught so
 */
public record RoundTripOptions(boolean failFast, boolean wholePath) {

	/** Every failure reported, and the whole path checked. */
	public static final RoundTripOptions DEFAULT = new RoundTripOptions(false, true);

	/** These options, stopping at the first failure or not. */
	public RoundTripOptions withFailFast(boolean failFast) {
		return new RoundTripOptions(failFast, this.wholePath);
	}

	/** These options, checking the whole path or not. */
	public RoundTripOptions withWholePath(boolean wholePath) {
		return new RoundTripOptions(this.failFast, wholePath);
	}

}

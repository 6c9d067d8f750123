package dev.migrate.core;

import java.util.List;

/**
 * What the round-trip {@code test} did, when every changeset passed.
 *
 * @param tested the versions whose upgrade, downgrade and upgrade again left the schema as it was
 * @param irreversible the versions upgraded without a round trip, being marked irreversible
 * @param dbVersion the version the database is at afterwards
 * @param wholePathChecked whether the downgrade of every tested version in one go was checked too
 */
public record RoundTripResult(List<Integer> tested, List<Integer> irreversible, int dbVersion,
		boolean wholePathChecked) {

	public RoundTripResult {
		tested = List.copyOf(tested);
		irreversible = List.copyOf(irreversible);
	}

}

package dev.migrate.core;

import java.util.List;

/**
 * What the round-trip {@code test} did.
 *
 * @param tested the versions whose upgrade, downgrade and upgrade again left the schema as it was
 * @param irreversible the versions upgraded without a round trip, being marked irreversible
 * @param dbVersion the version the database is at afterwards
 */
public record RoundTripResult(List<Integer> tested, List<Integer> irreversible, int dbVersion) {

	public RoundTripResult {
		tested = List.copyOf(tested);
		irreversible = List.copyOf(irreversible);
	}

}

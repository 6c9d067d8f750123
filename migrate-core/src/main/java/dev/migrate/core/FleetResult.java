package dev.migrate.core;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.migrate.core.TargetOutcome.State;

/**
 * What a fleet's upgrade did: one outcome per schema, in the fleet's order, and the counts that keep a
 * fleet of a thousand schemas readable.
 *
 * @param repositoryId the repository
 * @param version the version the schemas were brought to
 * @param targets every schema's outcome, in the fleet's order
 * @param elapsed how long the whole run took
 */
public record FleetResult(String repositoryId, int version, List<TargetOutcome> targets, Duration elapsed) {

	public FleetResult {
		targets = List.copyOf(targets);
	}

	/** How many schemas are at each db version afterwards, lowest first; schemas whose version is unknown are left out. */
	public SortedMap<Integer, Integer> countsByVersion() {
		SortedMap<Integer, Integer> counts = new TreeMap<>();
		for (TargetOutcome target : this.targets) {
			if (target.dbVersion() != null) {
				counts.merge(target.dbVersion(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** How many schemas ended in each state; every state is a key. */
	public Map<State, Integer> countsByState() {
		Map<State, Integer> counts = new EnumMap<>(State.class);
		for (State state : State.values()) {
			counts.put(state, 0);
		}
		for (TargetOutcome target : this.targets) {
			counts.merge(target.state(), 1, Integer::sum);
		}
		return counts;
	}

	/** The schemas that failed, each with its failure. */
	public List<TargetOutcome> failures() {
		return this.targets.stream().filter((target) -> target.state() == State.FAILED).toList();
	}

	/** Whether every schema is at the version: none failed, none was left out. */
	public boolean successful() {
		return this.targets.stream()
			.allMatch((target) -> target.state() == State.MIGRATED || target.state() == State.CURRENT);
	}

	/** The run in one line: the counts by state and by version, and the time. */
	public String summary() {
		Map<State, Integer> states = countsByState();
		StringBuilder summary = new StringBuilder("Fleet of repository '").append(this.repositoryId)
			.append("': ")
			.append(this.targets.size())
			.append(" schemas, ")
			.append(states.get(State.MIGRATED))
			.append(" migrated, ")
			.append(states.get(State.CURRENT))
			.append(" already current, ")
			.append(states.get(State.FAILED))
			.append(" failed");
		if (states.get(State.NOT_RUN) > 0) {
			summary.append(", ").append(states.get(State.NOT_RUN)).append(" not run (fail-fast)");
		}
		summary.append("; by db version ").append(countsByVersion()).append(" (version ").append(this.version)
			.append(" is the target); in ").append(this.elapsed.toMillis()).append(" ms");
		return summary.toString();
	}

}

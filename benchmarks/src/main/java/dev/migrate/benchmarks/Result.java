package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The runs of one tool in one scenario at one N.
 *
 * @param scenario apply, noop, context, roundtrip, fleet-apply or fleet-noop
 * @param n the number of changesets; in the fleet scenarios, the number of tenant schemas
 * @param tool the tool's id
 * @param timesMs each run's time
 */
public record Result(String scenario, int n, String tool, List<Double> timesMs) {

	public double median() {
		List<Double> sorted = new ArrayList<>(this.timesMs);
		Collections.sort(sorted);
		int size = sorted.size();
		return (size % 2 == 1) ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
	}

	public double min() {
		return Collections.min(this.timesMs);
	}

	public double max() {
		return Collections.max(this.timesMs);
	}

}

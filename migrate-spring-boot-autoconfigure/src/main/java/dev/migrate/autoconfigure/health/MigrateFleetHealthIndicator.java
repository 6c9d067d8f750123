package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.core.FleetResult;
import dev.migrate.core.TargetOutcome;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} {@code migrateFleet}: one component for all the schemas of the fleets migrated at
 * startup, UP when every schema reached the version, DOWN when one failed or was not run (with each
 * failed schema's message), UNKNOWN before the fleet ran. Details are counts, by state and by db version,
 * so that a thousand schemas stay readable. It reads what the startup did; it queries nothing.
 */
public class MigrateFleetHealthIndicator implements HealthIndicator {

	private final Map<String, MigrateFleetInitializer> initializers;

	/**
	 * A health indicator.
	 * @param initializers the fleets' initializers, by bean name
	 */
	public MigrateFleetHealthIndicator(Map<String, MigrateFleetInitializer> initializers) {
		this.initializers = Map.copyOf(initializers);
	}

	@Override
	public Health health() {
		Status overall = Status.UP;
		Map<String, Object> details = new LinkedHashMap<>();
		for (Map.Entry<String, MigrateFleetInitializer> entry : this.initializers.entrySet()) {
			FleetResult result = entry.getValue().getResult();
			if (result == null) {
				details.put(entry.getKey(), Map.of("status", Status.UNKNOWN.getCode()));
				overall = Status.DOWN.equals(overall) ? overall : Status.UNKNOWN;
				continue;
			}
			Map<String, Object> fleet = new LinkedHashMap<>();
			Status status = result.successful() ? Status.UP : Status.DOWN;
			fleet.put("status", status.getCode());
			fleet.put("version", result.version());
			fleet.put("schemas", result.targets().size());
			fleet.put("states", result.countsByState());
			fleet.put("dbVersions", result.countsByVersion());
			if (!result.failures().isEmpty()) {
				Map<String, String> failures = new LinkedHashMap<>();
				for (TargetOutcome failure : result.failures()) {
					failures.put(failure.schema(), String.valueOf(failure.failure().getMessage()));
				}
				fleet.put("failures", failures);
			}
			String key = details.containsKey(result.repositoryId()) ? result.repositoryId() + " (" + entry.getKey() + ")"
					: result.repositoryId();
			details.put(key, fleet);
			if (Status.DOWN.equals(status)) {
				overall = Status.DOWN;
			}
		}
		return Health.status(overall).withDetails(details).build();
	}

}

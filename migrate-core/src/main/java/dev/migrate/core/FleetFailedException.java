package dev.migrate.core;

import java.util.List;

/**
 * Schemas of a fleet failed to upgrade. The others were migrated as usual; the result holds every
 * schema's outcome, and each failure in full with its own advice.
 */
public final class FleetFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	/** How many failures the message spells out; the result holds all of them. */
	private static final int LISTED = 20;

	private static final String ADVICE = "Fix each schema as its failure says (a command for one schema takes it as "
			+ "-Dmigrate.schema=<schema> with mvn, --migrate.fleet.schema=<schema> with the jar), then run the upgrade again: the "
			+ "schemas that are current are only read, without a lock.";

	private final transient FleetResult result;

	public FleetFailedException(FleetResult result) {
		super(message(result), ADVICE, null);
		this.result = result;
	}

	/** Every schema's outcome. */
	public FleetResult result() {
		return this.result;
	}

	private static String message(FleetResult result) {
		List<TargetOutcome> failures = result.failures();
		StringBuilder message = new StringBuilder().append(failures.size())
			.append(" of ")
			.append(result.targets().size())
			.append(" schemas of the fleet of repository '")
			.append(result.repositoryId())
			.append("' failed to upgrade to version ")
			.append(result.version())
			.append(":");
		for (TargetOutcome failure : failures.subList(0, Math.min(LISTED, failures.size()))) {
			message.append("\n- schema '").append(failure.schema()).append("'");
			if (failure.dbVersion() != null) {
				message.append(" (left at version ").append(failure.dbVersion()).append(")");
			}
			message.append(": ").append(String.valueOf(failure.failure().getMessage()).replace("\n", "\n    "));
		}
		if (failures.size() > LISTED) {
			message.append("\n- and ").append(failures.size() - LISTED).append(" more");
		}
		message.append("\n").append(result.summary()).append(".\n").append(ADVICE);
		return message.toString();
	}

}

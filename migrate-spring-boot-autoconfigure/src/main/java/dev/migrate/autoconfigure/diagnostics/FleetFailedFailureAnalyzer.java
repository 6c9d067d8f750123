package dev.migrate.autoconfigure.diagnostics;

import java.util.List;

import dev.migrate.core.FleetFailedException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.TargetOutcome;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Schemas of a fleet failed at startup: which ones, at which version each was left, why (the engine's
 * message), and what to do for each; the other schemas were migrated, as the counts say.
 */
class FleetFailedFailureAnalyzer extends AbstractFailureAnalyzer<FleetFailedException> {

	/** How many failed schemas the report spells out; the endpoint's log line above has them all. */
	private static final int LISTED = 10;

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FleetFailedException cause) {
		FleetResult result = cause.result();
		List<TargetOutcome> failures = result.failures();
		StringBuilder description = new StringBuilder().append(failures.size())
			.append(" of ")
			.append(result.targets().size())
			.append(" schemas of the fleet of repository '")
			.append(result.repositoryId())
			.append("' failed to upgrade to version ")
			.append(result.version())
			.append("; the others were migrated.\n");
		StringBuilder action = new StringBuilder();
		for (TargetOutcome failure : failures.subList(0, Math.min(LISTED, failures.size()))) {
			description.append("\n    Schema: ").append(failure.schema());
			if (failure.dbVersion() != null) {
				description.append(" (left at version ").append(failure.dbVersion()).append(")");
			}
			description.append("\n    Failure: ").append(indent(failure.failure().problem())).append('\n');
			if (failure.failure().advice() != null) {
				action.append("For schema ").append(failure.schema()).append(": ").append(failure.failure().advice())
					.append("\n");
			}
		}
		if (failures.size() > LISTED) {
			description.append("\n    ... and ").append(failures.size() - LISTED)
				.append(" more, each logged by the fleet above with its failure.\n");
		}
		description.append('\n').append(result.summary()).append('.');
		action.append(cause.advice()).append(" Then start the application again.");
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

	private static String indent(String text) {
		return text.strip().replace("\n", "\n        ");
	}

}

package dev.migrate.core;

import java.util.List;

import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * A dry run: what an upgrade or downgrade would run, statement by statement, the writes to the version
 * and history tables included, worked out without changing the database.
 *
 * @param repositoryId the repository
 * @param dialect the database's dialect name
 * @param direction upgrade or downgrade
 * @param fromVersion the db version now; null when the database is not under version control yet
 * @param toVersion the db version the run would leave
 * @param preparation what comes before the first changeset: the version and history tables where they
 * are missing, and putting the database under version control
 * @param changesets one step per changeset, in the order they would run
 */
public record MigrationPlan(String repositoryId, String dialect, Direction direction, @Nullable Integer fromVersion,
		int toVersion, List<String> preparation, List<Step> changesets) {

	public MigrationPlan {
		preparation = List.copyOf(preparation);
		changesets = List.copyOf(changesets);
	}

	/** Whether the run would change nothing. */
	public boolean isEmpty() {
		return this.preparation.isEmpty() && this.changesets.isEmpty();
	}

	/** The plan as an SQL script with comments, for a person to read. */
	public String script() {
		StringBuilder script = new StringBuilder();
		script.append("-- Dry run of ").append(this.direction.value()).append(": repository '").append(this.repositoryId)
			.append("' on ").append(this.dialect).append(", from ")
			.append((this.fromVersion != null) ? "version " + this.fromVersion : "no version control")
			.append(" to version ").append(this.toVersion).append(". Nothing was changed.\n");
		if (isEmpty()) {
			return script.append("-- Nothing to run: the database is at version ").append(this.toVersion).append(".\n")
				.toString();
		}
		if (!this.preparation.isEmpty()) {
			script.append("\n-- Version control\n");
			this.preparation.forEach((statement) -> script.append(statement).append(";\n"));
		}
		for (Step step : this.changesets) {
			script.append("\n-- Version ").append(step.version()).append(" (").append(step.source()).append("): ")
				.append(step.description()).append('\n');
			step.notes().forEach((note) -> script.append("-- ").append(note).append('\n'));
			step.statements().forEach((statement) -> script.append(statement).append(";\n"));
		}
		return script.toString();
	}

	/**
	 * One changeset's part of the plan.
	 *
	 * @param version the version
	 * @param description what it does
	 * @param source its upgrade script or class
	 * @param notes how it would run (in one transaction, or recorded around), and what cannot be shown
	 * @param statements its statements and the bookkeeping around them, in order
	 */
	public record Step(int version, String description, String source, List<String> notes, List<String> statements) {

		public Step {
			notes = List.copyOf(notes);
			statements = List.copyOf(statements);
		}

	}

}

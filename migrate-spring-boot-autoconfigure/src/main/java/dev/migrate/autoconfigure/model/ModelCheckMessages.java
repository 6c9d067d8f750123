package dev.migrate.autoconfigure.model;

import dev.migrate.core.model.ModelDiff;

/** How the model check's warning and its failure analysis spell the differences and what to do. */
final class ModelCheckMessages {

	private ModelCheckMessages() {
	}

	/** The differences, each on a line of its own, after a line that says where they are. */
	static String differ(ModelDiff diff, String repository) {
		int count = diff.differences().size();
		return "The JPA entities and the database of repository " + repository + " differ (" + count
				+ ((count == 1) ? " difference" : " differences") + "):" + lines(diff);
	}

	/** The differences, each on a line of its own, indented. */
	static String lines(ModelDiff diff) {
		StringBuilder lines = new StringBuilder();
		MigrateModelCheck.lines(diff).forEach((line) -> lines.append("\n    ").append(line));
		return lines.toString();
	}

	/** The commands that write, prove and show the changeset that removes the differences. */
	static String advice() {
		return "Write the changeset that brings the database to the entities with mvn migrate:generate "
				+ "-Dmigrate.description=\"<what changed>\", review it (drops and narrowed types come out commented "
				+ "for a person to confirm), prove it with mvn migrate:test, then start the application again; "
				+ "mvn migrate:diff shows the differences without writing anything.";
	}

}

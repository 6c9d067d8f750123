package dev.migrate.autoconfigure.model;

import java.util.List;

import dev.migrate.core.model.ModelDiff;

/** How the model check's warning and its failure analysis spell the differences and what to do. */
final class ModelCheckMessages {

	private ModelCheckMessages() {
	}

	/** The differences, each on a line of its own, after a line that says where they are. */
	static String differ(ModelDiff diff, String repository) {
		List<String> lines = MigrateModelCheck.lines(diff);
		int count = diff.differences().size();
		StringBuilder message = new StringBuilder("The JPA entities and the database of repository ").append(repository)
			.append(" differ (")
			.append(count)
			.append((count == 1) ? " difference" : " differences")
			.append("):");
		lines.forEach((line) -> message.append("\n    ").append(line));
		return message.toString();
	}

	/** The commands that write, prove and show the changeset that removes the differences. */
	static String advice() {
		return "Write the changeset that brings the database to the entities with mvn migrate:generate "
				+ "-Dmigrate.description=\"<what changed>\", review it (drops and narrowed types come out commented "
				+ "for a person to confirm), prove it with mvn migrate:test, then start the application again; "
				+ "mvn migrate:diff shows the differences without writing anything.";
	}

}

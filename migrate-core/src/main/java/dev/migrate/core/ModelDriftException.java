package dev.migrate.core;

import dev.migrate.core.model.ModelDiff;

/**
 * {@code check} found that the migrated database is not what the JPA model maps: every difference, one a
 * line, and the way to a changeset that removes them.
 */
public final class ModelDriftException extends MigrateException {

	private static final long serialVersionUID = 1L;

	static final String ADVICE = "Write the changeset that brings the database to the model with mvn migrate:generate "
			+ "-Dmigrate.description=\"...\" (review it, then upgrade), or change the entities to match the database.";

	private final transient ModelDiff diff;

	/** The differences found, which are not empty. */
	public ModelDriftException(ModelDiff diff, String where) {
		super(message(diff, where), ADVICE, null);
		this.diff = diff;
	}

	private static String message(ModelDiff diff, String where) {
		int count = diff.differences().size();
		return "The database (" + where + ") differs from the JPA model in " + count
				+ ((count == 1) ? " way" : " ways") + ":\n  " + diff.toString().replace("\n", "\n  ") + "\n" + ADVICE;
	}

	/** The differences. */
	public ModelDiff diff() {
		return this.diff;
	}

}

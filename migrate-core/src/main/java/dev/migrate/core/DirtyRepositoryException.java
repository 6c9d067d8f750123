package dev.migrate.core;

import dev.migrate.core.repository.Direction;

/**
 * An earlier changeset failed part-way on a database whose DDL commits as it runs: the schema may hold
 * part of it, so nothing more runs until an operator checks it and calls {@code repair}.
 */
public final class DirtyRepositoryException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "Check the schema against that changeset, undo by hand what it applied (the "
			+ "database stays at the version before it), then run " + Advice.repair() + " and try again.";

	private final String repositoryId;

	private final int version;

	private final Direction direction;

	private final String description;

	public DirtyRepositoryException(String repositoryId, int version, Direction direction, String description) {
		super("Repository '" + repositoryId + "' is dirty: the " + direction.value() + " of version " + version
				+ " (" + description + ") failed part-way, and this database commits DDL as it runs, so part of "
				+ "it may be applied. " + ADVICE, ADVICE, null);
		this.repositoryId = repositoryId;
		this.version = version;
		this.direction = direction;
		this.description = description;
	}

	public String repositoryId() {
		return this.repositoryId;
	}

	/** The version whose changeset failed. */
	public int version() {
		return this.version;
	}

	/** The direction of the run that failed. */
	public Direction direction() {
		return this.direction;
	}

	/** The description of the changeset that failed. */
	public String description() {
		return this.description;
	}

}

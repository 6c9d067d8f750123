package dev.migrate.core;

/** {@code versionControl} was asked for a database that is already under version control. */
public final class AlreadyUnderVersionControlException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "Use upgrade or downgrade to move it, or " + Advice.dropVersionControl()
			+ " first to start again.";

	private final int dbVersion;

	public AlreadyUnderVersionControlException(String repositoryId, int dbVersion) {
		super("The database is already under version control for repository '" + repositoryId + "', at version "
				+ dbVersion + ". " + ADVICE, ADVICE, null);
		this.dbVersion = dbVersion;
	}

	public int dbVersion() {
		return this.dbVersion;
	}

}

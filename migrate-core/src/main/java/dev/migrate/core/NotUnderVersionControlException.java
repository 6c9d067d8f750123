package dev.migrate.core;

/** The database has no row for this repository in the version table. */
public final class NotUnderVersionControlException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "Put it under control first, at the version its schema is at: "
			+ Advice.versionControl() + ".";

	private final String repositoryId;

	public NotUnderVersionControlException(String repositoryId, String versionTable) {
		super("The database is not under version control for repository '" + repositoryId + "': "
				+ versionTable + " has no row for it. " + ADVICE, ADVICE, null);
		this.repositoryId = repositoryId;
	}

	public String repositoryId() {
		return this.repositoryId;
	}

}

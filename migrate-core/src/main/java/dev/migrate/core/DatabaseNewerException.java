package dev.migrate.core;

/** The database is at a version that the repository does not have: a newer release migrated it. */
public final class DatabaseNewerException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int dbVersion;

	private final int version;

	public DatabaseNewerException(String repositoryId, int dbVersion, int version) {
		super(message(repositoryId, dbVersion, version));
		this.dbVersion = dbVersion;
		this.version = version;
	}

	/**
	 * A release that knows no version at all is far more likely looking in the wrong place than older:
	 * advising a downgrade to 0 then would drop every table.
	 */
	private static String message(String repositoryId, int dbVersion, int version) {
		if (version == 0) {
			return "The database is at version " + dbVersion + " of repository '" + repositoryId
					+ "', but this release's repository has no versions at all. Check migrate.location (and "
					+ "migrate.java-package): the changesets are probably not where it looks. Nothing was changed.";
		}
		return "The database is at version " + dbVersion + " of repository '" + repositoryId
				+ "', but this release knows versions up to " + version + " only: a newer release migrated it. "
				+ "Deploy that release, or with that release run " + Advice.downgrade(version) + ", or set "
				+ "migrate.on-newer-database=ignore if this release works with the newer schema.";
	}

	public int dbVersion() {
		return this.dbVersion;
	}

	public int version() {
		return this.version;
	}

}

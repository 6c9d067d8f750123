package dev.migrate.core;

/** The database is at a version that the repository does not have: a newer release migrated it. */
public final class DatabaseNewerException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int dbVersion;

	private final int version;

	public DatabaseNewerException(String repositoryId, int dbVersion, int version) {
		super("The database is at version " + dbVersion + " of repository '" + repositoryId
				+ "', but this release knows versions up to " + version + " only: a newer release migrated it. "
				+ "Deploy that release, or downgrade the database to " + version + " with it, or set "
				+ "migrate.on-newer-database=ignore if this release works with the newer schema.");
		this.dbVersion = dbVersion;
		this.version = version;
	}

	public int dbVersion() {
		return this.dbVersion;
	}

	public int version() {
		return this.version;
	}

}

package dev.migrate.core;

import dev.migrate.core.repository.Direction;

/**
 * The database is at a version that the repository does not have: a newer release migrated it. Every
 * command refuses it with this exception; its advice depends on the direction the command was to go.
 */
public final class DatabaseNewerException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int dbVersion;

	private final int version;

	/** The database is newer than the repository that an upgrade (or a round trip) was to take it along. */
	public DatabaseNewerException(String repositoryId, int dbVersion, int version) {
		this(repositoryId, dbVersion, version, Direction.UPGRADE);
	}

	/**
	 * The database is newer than the repository.
	 *
	 * @param command the direction the command was to go: a downgrade is advised to run with the newer release
	 */
	public DatabaseNewerException(String repositoryId, int dbVersion, int version, Direction command) {
		super(message(repositoryId, dbVersion, version, command), advice(dbVersion, version, command), null);
		this.dbVersion = dbVersion;
		this.version = version;
	}

	/**
	 * A release that knows no version at all is far more likely looking in the wrong place than older:
	 * advising a downgrade to 0 then would drop every table.
	 */
	private static String message(String repositoryId, int dbVersion, int version, Direction command) {
		String advice = advice(dbVersion, version, command);
		if (version == 0) {
			return "The database is at version " + dbVersion + " of repository '" + repositoryId
					+ "', but this release's repository has no versions at all. " + advice + " Nothing was changed.";
		}
		if (command == Direction.DOWNGRADE) {
			return "Cannot downgrade: the database is at version " + dbVersion + ", but this repository has versions up to "
					+ version + " only. " + advice + " Nothing was changed.";
		}
		return "The database is at version " + dbVersion + " of repository '" + repositoryId
				+ "', but this release knows versions up to " + version + " only: a newer release migrated it. " + advice;
	}

	private static String advice(int dbVersion, int version, Direction command) {
		if (version == 0) {
			return "Check migrate.location (and migrate.java-package): the changesets are probably not where it looks.";
		}
		if (command == Direction.DOWNGRADE) {
			return "Downgrade with the release that has versions " + (version + 1) + " to " + dbVersion + ".";
		}
		return "Deploy that release, or with that release run " + Advice.downgrade(version) + ", or set "
				+ "migrate.on-newer-database=downgrade to take the versions this release does not have out with the "
				+ "downgrades recorded in the history (each is checked before any runs), or "
				+ "migrate.on-newer-database=ignore if this release works with the newer schema.";
	}

	public int dbVersion() {
		return this.dbVersion;
	}

	public int version() {
		return this.version;
	}

}

package dev.migrate.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The database is ahead of the repository, and the downgrades of the versions this release does not know
 * cannot all be run from the history: one was never recorded (an irreversible upgrade, a Java changeset
 * whose downgrade could not be written down as SQL, a stamped version), or its recorded text was edited.
 * Checked before anything runs: nothing was changed.
 */
public final class DowngradeNotRecordedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int dbVersion;

	private final int version;

	private final List<Gap> gaps;

	/**
	 * @param dbVersion the db version
	 * @param version the repository's latest version, where the recorded downgrades were to take the database
	 * @param gaps each version whose recorded downgrade cannot run, newest first
	 */
	public DowngradeNotRecordedException(String repositoryId, int dbVersion, int version, List<Gap> gaps) {
		super(message(repositoryId, dbVersion, version, gaps), advice(dbVersion, version), null);
		this.dbVersion = dbVersion;
		this.version = version;
		this.gaps = List.copyOf(gaps);
	}

	private static String message(String repositoryId, int dbVersion, int version, List<Gap> gaps) {
		String each = gaps.stream()
			.map((gap) -> "version " + gap.version() + " (" + gap.description() + "): " + gap.reason())
			.collect(Collectors.joining("; "));
		return "Cannot take the database of repository '" + repositoryId + "' down from version " + dbVersion
				+ " to this release's version " + version + " with the downgrades recorded in its history: " + each
				+ ". " + advice(dbVersion, version) + " Nothing was changed.";
	}

	private static String advice(int dbVersion, int version) {
		return "With the release that has versions " + (version + 1) + " to " + dbVersion + ", run "
				+ Advice.downgrade(version) + "; where a version has no downgrade at all, restore a backup.";
	}

	public int dbVersion() {
		return this.dbVersion;
	}

	public int version() {
		return this.version;
	}

	/** Each version whose recorded downgrade cannot run, newest first. */
	public List<Gap> gaps() {
		return this.gaps;
	}

	/**
	 * One version whose recorded downgrade cannot run.
	 *
	 * @param version the version
	 * @param description its description, as recorded
	 * @param reason why, in words
	 */
	public record Gap(int version, String description, String reason) {
	}

}

package dev.migrate.core;

/** Where one changeset stands in a database. */
public enum ChangesetState {

	/** At or below the db version. */
	APPLIED,

	/** Above the db version: the next upgrade runs it. */
	PENDING,

	/** Its last run failed part-way and the repository is dirty. */
	FAILED,

	/**
	 * Applied by a newer release: the database has it and this release's repository does not. Its
	 * downgrade may be recorded in the history (see {@link ChangesetStatus#downgradeRecorded()}).
	 */
	FUTURE

}

package dev.migrate.core;

/** Where one changeset stands in a database. */
public enum ChangesetState {

	/** At or below the db version. */
	APPLIED,

	/** Above the db version: the next upgrade runs it. */
	PENDING,

	/** Its last run failed part-way and the repository is dirty. */
	FAILED,

	/** Applied, but the repository no longer has it (a newer release applied it). */
	MISSING

}

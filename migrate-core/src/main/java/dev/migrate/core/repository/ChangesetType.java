package dev.migrate.core.repository;

/** What a changeset is made of, as recorded in the history table's {@code type} column. */
public enum ChangesetType {

	/** A pair of SQL scripts. */
	SQL,

	/** A Java class. */
	JAVA,

	/** The baseline script of version 0. */
	BASELINE

}

package dev.migrate.core.repository;

import org.jspecify.annotations.Nullable;

/** One version of a repository: an upgrade and (unless irreversible) a downgrade. */
public sealed interface Changeset permits SqlChangeset, JavaBackedChangeset, RecordedChangeset {

	/** The version: 0 for the baseline, else 1, 2, 3 ... */
	int version();

	/** What it does, in words. */
	String description();

	/** SQL, Java or baseline. */
	ChangesetType type();

	/** Where it comes from, for messages: the upgrade script's file name or the class name. */
	String source();

	/** The checksum compared at validation; null when the changeset has none. */
	@Nullable String checksum();

	/** Whether it has a downgrade. */
	boolean reversible();

	/**
	 * Whether its upgrade or downgrade runs in a transaction, as far as the changeset says; whether the
	 * database's DDL is transactional is the dialect's to say.
	 */
	boolean inTransaction(Direction direction);

	/** Where the script of a direction comes from, for messages: the downgrade's own file for a SQL downgrade. */
	default String source(Direction direction) {
		return source();
	}

}

package dev.migrate.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code check} or {@code generate} was asked of a database with pending changesets: the model is compared
 * with the migrated schema, and against an older one the pending changesets' work would count as
 * differences (and {@code generate} would write it again).
 */
public final class ModelBaseBehindException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<Integer> pending;

	/**
	 * @param command the command refused: {@code check} or {@code generate}
	 * @param where the repository and database, as {@code Session#describeDatabase} says them
	 * @param dbVersion the database's version, null when it is not under version control
	 * @param pending the versions pending, not empty
	 */
	public ModelBaseBehindException(String command, String where, @Nullable Integer dbVersion,
			List<Integer> pending) {
		super(message(command, where, dbVersion, pending), advice(command), null);
		this.pending = List.copyOf(pending);
	}

	private static String message(String command, String where, @Nullable Integer dbVersion,
			List<Integer> pending) {
		return "The database (" + where + ") is at "
				+ ((dbVersion != null) ? "version " + dbVersion : "no version (not under version control)")
				+ " with versions " + pending + " pending: " + command
				+ " compares the JPA model with the migrated schema, and the pending changesets' work would count as"
				+ " differences. " + advice(command);
	}

	private static String advice(String command) {
		return "Upgrade first: " + Advice.upgrade() + "; then run " + command + " again.";
	}

	/** The versions pending. */
	public List<Integer> pending() {
		return this.pending;
	}

}

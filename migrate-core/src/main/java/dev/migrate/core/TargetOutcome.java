package dev.migrate.core;

import org.jspecify.annotations.Nullable;

/**
 * What a fleet's upgrade did to one of its schemas (on MySQL and MariaDB: databases).
 *
 * @param schema the schema
 * @param state what happened to it
 * @param fromVersion its db version before the upgrade; null when it was not under version control or
 * could not be read
 * @param dbVersion its db version after the upgrade (after a failure: as the failure left it); null when
 * not known
 * @param changesets how many changesets ran on it
 * @param failure why it failed; null unless {@link State#FAILED}
 */
public record TargetOutcome(String schema, State state, @Nullable Integer fromVersion, @Nullable Integer dbVersion,
		int changesets, @Nullable MigrateException failure) {

	/** A schema whose upgrade ran changesets. */
	public static TargetOutcome migrated(String schema, MigrationResult result) {
		State state = result.changed() ? State.MIGRATED : State.CURRENT;
		return new TargetOutcome(schema, state, result.fromVersion(), result.toVersion(), result.runs().size(), null);
	}

	/** A schema that was at the version already. */
	public static TargetOutcome current(String schema, int dbVersion) {
		return new TargetOutcome(schema, State.CURRENT, dbVersion, dbVersion, 0, null);
	}

	/** A schema whose upgrade failed, at the db version the failure left it at where known. */
	public static TargetOutcome failed(String schema, @Nullable Integer dbVersion, MigrateException failure) {
		return new TargetOutcome(schema, State.FAILED, null, dbVersion, 0, failure);
	}

	/** A schema left alone because another one failed first and the fleet fails fast. */
	public static TargetOutcome notRun(String schema) {
		return new TargetOutcome(schema, State.NOT_RUN, null, null, 0, null);
	}

	/** What happened to a schema of a fleet. */
	public enum State {

		/** Changesets ran: it moved from {@code fromVersion} to {@code dbVersion}. */
		MIGRATED,

		/** It was at the version already: nothing ran, no lock was taken. */
		CURRENT,

		/** Its upgrade failed; the failure says why and what to do. */
		FAILED,

		/** It was not started: another schema failed first and the fleet fails fast. */
		NOT_RUN

	}

}

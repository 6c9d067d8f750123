package dev.migrate.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * A changeset's statements in one direction, read and checked, ready to run on the session's connection.
 * Preparing one changes nothing, so a bad script is reported before anything is recorded.
 */
@FunctionalInterface
interface ChangesetExecution {

	/** Runs the statements; returns the downgrade script learned while running, if any. */
	@Nullable String run() throws StepFailure;

}

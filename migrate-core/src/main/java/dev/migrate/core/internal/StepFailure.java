package dev.migrate.core.internal;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * A changeset's script or code failed; becomes a {@link ChangesetFailedException} once the recording
 * protocol knows what was kept.
 */
final class StepFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;

	private final int line;

	private final @Nullable String statement;

	private boolean nothingRan;

	private @Nullable String advice;

	StepFailure(String source, int line, @Nullable String statement, String message, Throwable cause) {
		super(message, cause);
		this.source = source;
		this.line = line;
		this.statement = statement;
	}

	/** A failure before any statement, not of one: a script that cannot be read, code that threw. */
	StepFailure(String source, String message, Throwable cause) {
		this(source, 0, null, message, cause);
	}

	/** Says whether the failing statement was the script's first, so that nothing of it ran. */
	StepFailure nothingRan(boolean nothingRan) {
		this.nothingRan = nothingRan;
		return this;
	}

	/** Adds what to do about this database error in particular. */
	StepFailure advice(@Nullable String advice) {
		this.advice = advice;
		return this;
	}

	/**
	 * The exception to report.
	 *
	 * @param dirty whether the failure left the repository dirty
	 */
	ChangesetFailedException toException(Changeset changeset, Direction direction, boolean dirty) {
		return new ChangesetFailedException(changeset.version(), direction, this.source, this.line, this.statement,
				String.valueOf(getMessage()), dirty, this.nothingRan, this.advice, getCause());
	}

}

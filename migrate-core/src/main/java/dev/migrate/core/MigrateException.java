package dev.migrate.core;

import org.jspecify.annotations.Nullable;

/**
 * A command could not do what it was asked. The message says what happened, where, and what to do
 * next; subclasses carry the details as fields for failure analyzers and tools, and the what-to-do part
 * as {@link #advice()}, so that a tool that reports the failure in its own words reuses the advice
 * rather than restating it.
 */
public class MigrateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final @Nullable String advice;

	public MigrateException(String message) {
		this(message, null, null);
	}

	public MigrateException(String message, Throwable cause) {
		this(message, null, cause);
	}

	/**
	 * A failure whose message holds its advice.
	 *
	 * @param message the whole message, the advice included
	 * @param advice what to do, as the message words it; null when the message alone says it
	 * @param cause the cause, if any
	 */
	protected MigrateException(String message, @Nullable String advice, @Nullable Throwable cause) {
		super(message, cause);
		if (advice != null && !message.contains(advice)) {
			throw new IllegalArgumentException("The advice is not part of the message: " + advice);
		}
		this.advice = advice;
	}

	/** What to do, the sentence or sentences of the message that say it; null when the message does not part it out. */
	public @Nullable String advice() {
		return this.advice;
	}

	/** The message without its advice: what happened, and what was kept. */
	public String problem() {
		String message = String.valueOf(getMessage());
		if (this.advice == null) {
			return message;
		}
		int at = message.indexOf(this.advice);
		String before = message.substring(0, at).stripTrailing();
		String after = message.substring(at + this.advice.length()).strip();
		return after.isEmpty() ? before : before + " " + after;
	}

}

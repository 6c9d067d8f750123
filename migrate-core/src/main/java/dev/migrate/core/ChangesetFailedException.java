package dev.migrate.core;

import dev.migrate.core.repository.Direction;
import org.jspecify.annotations.Nullable;

/**
 * A changeset failed. Names the version, the file or class, the line and statement, and the
 * database's message, and says what was kept.
 */
public final class ChangesetFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int version;

	private final Direction direction;

	private final String source;

	private final int line;

	private final @Nullable String statement;

	private final boolean dirty;

	public ChangesetFailedException(int version, Direction direction, String source, int line,
			@Nullable String statement, String databaseMessage, boolean dirty, @Nullable Throwable cause) {
		this(version, direction, source, line, statement, databaseMessage, dirty, false, null, cause);
	}

	/**
	 * A failed changeset.
	 * @param version the version
	 * @param direction upgrade or downgrade
	 * @param source the script or class that failed
	 * @param line the line of the failing statement; 0 when not known
	 * @param statement the failing statement, when known
	 * @param databaseMessage what the database (or the changeset) said
	 * @param dirty whether its run is recorded as started and not done, so that the repository is dirty
	 * @param nothingRan whether its first statement failed, so that nothing of it was applied
	 * @param advice what to do about this database error in particular, when known
	 * @param cause the cause
	 */
	public ChangesetFailedException(int version, Direction direction, String source, int line,
			@Nullable String statement, String databaseMessage, boolean dirty, boolean nothingRan,
			@Nullable String advice, @Nullable Throwable cause) {
		super(message(version, direction, source, line, statement, databaseMessage, advice(version, dirty, nothingRan,
				advice)), advice(version, dirty, nothingRan, advice), cause);
		this.version = version;
		this.direction = direction;
		this.source = source;
		this.line = line;
		this.statement = statement;
		this.dirty = dirty;
	}

	private static String message(int version, Direction direction, String source, int line,
			@Nullable String statement, String databaseMessage, String advice) {
		StringBuilder message = new StringBuilder();
		message.append("The ").append(direction.value()).append(" of version ").append(version).append(" failed in ")
			.append(source);
		if (line > 0) {
			message.append(" at line ").append(line);
		}
		message.append(": ").append(databaseMessage);
		if (statement != null) {
			message.append("\n  Statement: ").append(abbreviate(statement));
		}
		return message.append("\n  ").append(advice).toString();
	}

	/** What to do: about the database error in particular, when known; then about what the failure kept. */
	private static String advice(int version, boolean dirty, boolean nothingRan, @Nullable String databaseAdvice) {
		StringBuilder message = new StringBuilder();
		if (databaseAdvice != null) {
			message.append(databaseAdvice).append("\n  ");
		}
		if (dirty && nothingRan) {
			message.append("Nothing of it ran (its first statement failed), but its run is recorded as started, so ")
				.append("the repository is dirty: fix the changeset, then run ")
				.append(Advice.repair())
				.append(" and try again.");
		}
		else if (dirty) {
			message.append("The statements before it were committed as they ran, so the repository is now dirty: ")
				.append("check the schema, undo what this changeset applied, then run ")
				.append(Advice.repair())
				.append(" and try again.");
		}
		else {
			message.append("Nothing of version ").append(version)
				.append(" was kept: fix the changeset and run the command again.");
		}
		return message.toString();
	}

	private static String abbreviate(String statement) {
		String flat = statement.strip();
		return (flat.length() <= 500) ? flat : flat.substring(0, 500) + " ...";
	}

	public int version() {
		return this.version;
	}

	public Direction direction() {
		return this.direction;
	}

	/** The script file or Java class that failed. */
	public String source() {
		return this.source;
	}

	/** The line of the failing statement in the script; 0 when not known. */
	public int line() {
		return this.line;
	}

	/** The failing statement, when known. */
	public @Nullable String statement() {
		return this.statement;
	}

	/** Whether the failure left the repository dirty. */
	public boolean dirty() {
		return this.dirty;
	}

}

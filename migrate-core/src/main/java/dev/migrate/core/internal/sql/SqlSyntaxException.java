package dev.migrate.core.internal.sql;

/**
 * A script the splitter cannot read, such as a string that is never closed.
 */
public class SqlSyntaxException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int line;

	/** A problem in the script at the given 1-based line, told in the message. */
	public SqlSyntaxException(String message, int line) {
		super(message);
		this.line = line;
	}

	/** The 1-based line where the problem starts. */
	public int line() {
		return this.line;
	}

}

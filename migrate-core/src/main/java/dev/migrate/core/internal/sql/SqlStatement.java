package dev.migrate.core.internal.sql;

/**
 * One statement of a script: the line where it starts (1-based) and its text without the delimiter.
 */
public record SqlStatement(int line, String sql) {

	/** Checks that the line is 1-based and the text is not blank. */
	public SqlStatement {
		if (line < 1) {
			throw new IllegalArgumentException("line must be 1 or more, was " + line);
		}
		if (sql.isBlank()) {
			throw new IllegalArgumentException("a statement's SQL must not be blank");
		}
	}

}

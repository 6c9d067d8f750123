package dev.migrate.core.schema;

import java.sql.SQLException;

/** The database refused a statement of the changeset API; the message names the change and the statement. */
public final class SchemaChangeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String statement;

	public SchemaChangeException(String change, String statement, SQLException cause) {
		super(change + " failed: " + cause.getMessage() + "\n  statement: " + statement, cause);
		this.statement = statement;
	}

	/** The statement the database refused. */
	public String statement() {
		return this.statement;
	}

}

package dev.migrate.core.schema;

/**
 * A change cannot be written as SQL without the database: it needs a definition that only the live
 * schema can tell (to alter a column on MySQL, to read a table's definition).
 */
public final class NotRenderableException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public NotRenderableException(String message) {
		super(message);
	}

}

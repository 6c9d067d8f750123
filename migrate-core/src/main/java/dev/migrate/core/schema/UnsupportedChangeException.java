package dev.migrate.core.schema;

/** A database cannot make a change: the message names the dialect, the change and what to do instead. */
public final class UnsupportedChangeException extends UnsupportedOperationException {

	private static final long serialVersionUID = 1L;

	private final String dialect;

	private final String change;

	public UnsupportedChangeException(String dialect, String change, String reason) {
		super(dialect + " cannot " + change + ": " + reason);
		this.dialect = dialect;
		this.change = change;
	}

	/** The dialect's name. */
	public String dialect() {
		return this.dialect;
	}

	/** The change, in words. */
	public String change() {
		return this.change;
	}

}

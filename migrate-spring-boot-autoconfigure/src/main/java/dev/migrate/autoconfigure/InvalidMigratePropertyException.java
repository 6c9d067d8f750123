package dev.migrate.autoconfigure;

/**
 * A {@code migrate.*} property has a value the engine cannot work with. Nothing ran.
 */
public class InvalidMigratePropertyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String value;

	private final String reason;

	public InvalidMigratePropertyException(String property, String value, String reason, Throwable cause) {
		super("Invalid value '" + value + "' for property '" + property + "': " + reason, cause);
		this.property = property;
		this.value = value;
		this.reason = reason;
	}

	public InvalidMigratePropertyException(String property, String value, String reason) {
		super("Invalid value '" + value + "' for property '" + property + "': " + reason);
		this.property = property;
		this.value = value;
		this.reason = reason;
	}

	/** The property's name, for example {@code migrate.version-table}. */
	public String getProperty() {
		return this.property;
	}

	/** The value it has. */
	public String getValue() {
		return this.value;
	}

	/** Why the value does not work. */
	public String getReason() {
		return this.reason;
	}

}

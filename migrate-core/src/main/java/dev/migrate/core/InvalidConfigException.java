package dev.migrate.core;

import org.jspecify.annotations.Nullable;

/**
 * A value of {@link MigrateConfig} is not one the engine accepts, reported when the configuration is
 * built. Its fields name the component, the value and the reason, so that a tool that sets the component
 * from a property of its own (Spring Boot's {@code migrate.*}, the Maven plugin's parameters) reports it
 * under that property without reading the message.
 */
public final class InvalidConfigException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final @Nullable String value;

	private final String reason;

	/**
	 * A refused value.
	 *
	 * @param property the configuration component, as {@link MigrateConfig} names it ({@code versionTable})
	 * @param value the value, as text; null when it is missing
	 * @param reason why it is refused, with what to do where it helps ({@code must be 0 or more})
	 * @param message the whole message, which names the component and the value
	 */
	InvalidConfigException(String property, @Nullable String value, String reason, String message) {
		super(message);
		this.property = property;
		this.value = value;
		this.reason = reason;
	}

	/** The configuration component, as {@link MigrateConfig} and its builder name it. */
	public String property() {
		return this.property;
	}

	/** The refused value, as text; null when it is missing. */
	public @Nullable String value() {
		return this.value;
	}

	/** Why it is refused. */
	public String reason() {
		return this.reason;
	}

}

package dev.migrate.autoconfigure;

/**
 * What {@code migrate.model-check} does with the differences between the application's JPA entities and
 * the schema that the startup migration left, when Hibernate builds the EntityManagerFactory.
 */
public enum ModelCheck {

	/** Nothing is compared, and nothing of the check is created. */
	OFF,

	/** The differences are logged as one warning, computed off the startup thread once the application is ready. */
	WARN,

	/** Any difference stops startup, before the application is ready. */
	FAIL

}

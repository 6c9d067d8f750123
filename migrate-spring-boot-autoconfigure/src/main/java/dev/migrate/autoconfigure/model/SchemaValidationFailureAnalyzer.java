package dev.migrate.autoconfigure.model;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Hibernate's own schema validation ({@code spring.jpa.hibernate.ddl-auto=validate}) stopped startup: the
 * schema that Migrate left is not what the entities map. Hibernate names the first thing it found; the
 * analysis adds the Maven goals that list every difference and write the changeset that removes them.
 * Hibernate's exception is recognised by its class name, so that this analyzer loads where Hibernate is
 * absent.
 */
class SchemaValidationFailureAnalyzer implements FailureAnalyzer {

	static final String SCHEMA_MANAGEMENT_EXCEPTION = "org.hibernate.tool.schema.spi.SchemaManagementException";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().equals(SCHEMA_MANAGEMENT_EXCEPTION)
					&& String.valueOf(cause.getMessage()).startsWith("Schema validation")) {
				return new FailureAnalysis("Hibernate's schema validation (spring.jpa.hibernate.ddl-auto=validate) found "
						+ "the migrated database is not what the JPA entities map: " + cause.getMessage()
						+ ". Hibernate names the first difference it finds; mvn migrate:diff lists them all.",
						ModelCheckMessages.advice() + " Or change the entities to match the database.",
						cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}

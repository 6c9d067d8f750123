package dev.migrate.autoconfigure.model;

import dev.migrate.core.ModelDriftException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code migrate.model-check=fail} found the JPA entities and the migrated schema different: the
 * differences, each on a line, and the commands that write and prove the changeset that removes them.
 */
class ModelDriftFailureAnalyzer extends AbstractFailureAnalyzer<ModelDriftException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ModelDriftException cause) {
		String message = String.valueOf(cause.getMessage());
		String where = message.lines().findFirst().orElse("The database differs from the JPA model:");
		return new FailureAnalysis(where + ModelCheckMessages.lines(cause.diff())
				+ "\n\nmigrate.model-check=fail stopped startup after the migration, before the application was ready.",
				ModelCheckMessages.advice() + " Or set migrate.model-check=warn to start with the differences logged.",
				cause);
	}

}

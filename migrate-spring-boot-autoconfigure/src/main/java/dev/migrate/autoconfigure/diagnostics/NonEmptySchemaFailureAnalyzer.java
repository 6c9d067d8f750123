package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.NonEmptySchemaException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The schema holds tables but no version table: upgrading it could break or duplicate them. */
class NonEmptySchemaFailureAnalyzer extends AbstractFailureAnalyzer<NonEmptySchemaException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NonEmptySchemaException cause) {
		return new FailureAnalysis("The schema is not empty but not under version control (tables: "
				+ String.join(", ", cause.tables().subList(0, Math.min(cause.tables().size(), 10)))
				+ ((cause.tables().size() > 10) ? ", ..." : "") + "). Nothing was run, so that no changeset breaks "
				+ "or duplicates them.",
				cause.advice() + " It is set by migrate.schema, or by migrate.url for a DataSource of Migrate's own.",
				cause);
	}

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.ChangesetFailedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A changeset failed: names the version, file, line, statement and the database's message. */
class ChangesetFailedFailureAnalyzer extends AbstractFailureAnalyzer<ChangesetFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChangesetFailedException cause) {
		StringBuilder description = new StringBuilder();
		description.append("The ").append(cause.direction().value()).append(" of version ").append(cause.version())
			.append(" failed.\n\n    Changeset: ").append(cause.source());
		if (cause.line() > 0) {
			description.append(", line ").append(cause.line());
		}
		if (cause.statement() != null) {
			description.append("\n    Statement: ").append(cause.statement().strip());
		}
		Throwable database = cause.getCause();
		description.append("\n    Database message: ")
			.append((database != null && database.getMessage() != null) ? database.getMessage() : cause.getMessage());
		// Where the failure left the repository dirty, the engine's advice is the operator's; where nothing
		// was kept, a start says it in its own terms: the version the database is still at, and a new start.
		String action = cause.dirty()
				? cause.advice() + "\n    The changeset is " + cause.source() + "; once that is done, start the "
						+ "application again."
				: "Nothing of version " + cause.version() + " was kept: the database is still at version "
						+ (cause.version() - 1) + ". Fix " + cause.source()
						+ " (it never ran, so it may be changed) and start the application again.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}

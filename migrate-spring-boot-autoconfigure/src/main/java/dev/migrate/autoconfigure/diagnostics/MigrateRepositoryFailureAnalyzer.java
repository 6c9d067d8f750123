package dev.migrate.autoconfigure.diagnostics;

import java.util.List;

import dev.migrate.autoconfigure.MigrateRepositoryException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * One of several repositories failed: the report of the analyzer of the failure itself, headed by the
 * repository's name and where its properties are. Listed first in {@code spring.factories}, so that the
 * report of an application with several repositories always says which one failed.
 */
class MigrateRepositoryFailureAnalyzer extends AbstractFailureAnalyzer<MigrateRepositoryException> {

	private final List<FailureAnalyzer> analyzers;

	MigrateRepositoryFailureAnalyzer(Environment environment) {
		// the order of spring.factories: particular failures first, any failure of the engine last
		this.analyzers = List.of(new ConnectionFailedFailureAnalyzer(), new ChangesetFailedFailureAnalyzer(),
				new ChecksumMismatchFailureAnalyzer(), new DatabaseNewerFailureAnalyzer(),
				new DirtyRepositoryFailureAnalyzer(), new InvalidMigratePropertyFailureAnalyzer(environment),
				new InvalidVersionFailureAnalyzer(), new LockTimeoutFailureAnalyzer(),
				new NoMigrateDataSourceFailureAnalyzer(), new NonEmptySchemaFailureAnalyzer(),
				new RepositoryLoadFailureAnalyzer(), new MigrateExceptionFailureAnalyzer());
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateRepositoryException cause) {
		String repository = "Repository '" + cause.getRepository() + "' (" + cause.getPrefix() + ".*): ";
		Throwable failure = (cause.getCause() != null) ? cause.getCause() : cause;
		for (FailureAnalyzer analyzer : this.analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return new FailureAnalysis(repository + analysis.getDescription(), action(analysis.getAction(), cause),
						cause);
			}
		}
		return new FailureAnalysis(String.valueOf(cause.getMessage()),
				"Correct the repository of " + cause.getPrefix() + ".* and start the application again.", cause);
	}

	/** The action, and how to run a command it names on this repository alone. */
	private static String action(String action, MigrateRepositoryException cause) {
		if (!action.contains("--migrate.command=")) {
			return action;
		}
		return action + "\n    The application has several repositories: add --migrate.command-repository="
				+ cause.getRepository() + " to run a command on this one alone.";
	}

}

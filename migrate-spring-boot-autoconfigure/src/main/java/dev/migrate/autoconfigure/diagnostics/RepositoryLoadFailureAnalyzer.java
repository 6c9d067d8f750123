package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.RepositoryLoadException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The repository could not be loaded: lists every problem with its files. */
class RepositoryLoadFailureAnalyzer extends AbstractFailureAnalyzer<RepositoryLoadException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RepositoryLoadException cause) {
		return new FailureAnalysis("The repository at " + cause.location() + " is not valid. Nothing was run.\n\n    - "
				+ String.join("\n    - ", cause.problems()),
				"Fix the files named above. If the repository is elsewhere, set migrate.location "
						+ "(classpath:..., file:... or a path).",
				cause);
	}

}

package dev.migrate.autoconfigure.diagnostics;

import java.util.stream.Collectors;

import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.ValidationResult.ChecksumMismatch;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Applied changesets were edited after they ran. */
class ChecksumMismatchFailureAnalyzer extends AbstractFailureAnalyzer<ChecksumMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChecksumMismatchException cause) {
		String changesets = cause.mismatches()
			.stream()
			.map(ChecksumMismatch::toString)
			.collect(Collectors.joining("\n    - ", "    - ", ""));
		return new FailureAnalysis(
				"Changesets that already ran differ from the ones in the repository. No changeset was run.\n\n"
						+ changesets,
				cause.advice() + " To start without this check, set migrate.validate-on-startup=false.",
				cause);
	}

}

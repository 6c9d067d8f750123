package dev.migrate.core;

import java.util.List;
import java.util.stream.Collectors;

/** Applied changesets were changed in the repository after they ran. */
public final class ChecksumMismatchException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private static final String ADVICE = "A changeset that ran must not change: put the file back as it was and make "
			+ "the change in a new version. If the change is harmless (a comment, formatting), record the new "
			+ "checksums with " + Advice.repair() + ".";

	private final List<ValidationResult.ChecksumMismatch> mismatches;

	public ChecksumMismatchException(List<ValidationResult.ChecksumMismatch> mismatches) {
		super("Applied changesets differ from the ones in the repository:\n  - "
				+ mismatches.stream().map(ValidationResult.ChecksumMismatch::toString).collect(Collectors.joining("\n  - "))
				+ "\n  " + ADVICE, ADVICE, null);
		this.mismatches = List.copyOf(mismatches);
	}

	public List<ValidationResult.ChecksumMismatch> mismatches() {
		return this.mismatches;
	}

}

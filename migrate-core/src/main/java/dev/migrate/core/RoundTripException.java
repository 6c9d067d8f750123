package dev.migrate.core;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.core.schema.SchemaDiff;
import org.jspecify.annotations.Nullable;

/** The round-trip test found downgrades that do not undo their upgrades: every one of them, in one report. */
public final class RoundTripException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final transient List<RoundTripFailure> failures;

	/**
	 * The failures of one run.
	 * @param failures every failure, in version order
	 * @param leftAt where the configured schema was left, when the round trip ran on it; null when it ran in
	 * a scratch schema
	 */
	public RoundTripException(List<RoundTripFailure> failures, @Nullable String leftAt) {
		super(message(failures, leftAt));
		this.failures = List.copyOf(failures);
	}

	private static String message(List<RoundTripFailure> failures, @Nullable String leftAt) {
		String left = (leftAt != null) ? "\n" + leftAt : "";
		if (failures.size() == 1) {
			return failures.get(0).describe() + left;
		}
		return "The round trip found " + failures.size() + " failures:\n\n" + failures.stream()
			.map((failure) -> "- " + failure.describe().replace("\n", "\n  "))
			.collect(Collectors.joining("\n\n")) + left;
	}

	/** Every failure, in version order. */
	public List<RoundTripFailure> failures() {
		return this.failures;
	}

	/** The version of the first failure. */
	public int version() {
		return this.failures.get(0).version();
	}

	/** The differences of the first failure. */
	public SchemaDiff diff() {
		return new SchemaDiff(this.failures.get(0).differences());
	}

}

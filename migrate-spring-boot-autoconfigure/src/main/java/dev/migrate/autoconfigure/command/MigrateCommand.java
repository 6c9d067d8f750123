package dev.migrate.autoconfigure.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.core.ChangesetRun;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.RepairResult;
import dev.migrate.core.StatusTable;
import dev.migrate.core.ValidationResult;
import dev.migrate.core.VersionControlResult;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The commands that {@code migrate.command} runs in place of the application, and what each prints. Each
 * one runs once on the application's {@link Migrate}; one that fails throws the engine's exception. With a
 * fleet, {@link MigrateFleetCommand} runs it on the fleet, or on the one schema {@code migrate.fleet.schema} names.
 */
public enum MigrateCommand {

	/** Every changeset with its state, as a table. */
	STATUS("status") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			return Result.success(StatusTable.of(migrate.status()));
		}
	},

	/** The version the database is at: the number alone. */
	DB_VERSION("db-version") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			return Result.success(String.valueOf(migrate.dbVersion()));
		}
	},

	/** Upgrades to {@code migrate.target}, else the latest version. */
	UPGRADE("upgrade") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			MigrationResult result = (target != null) ? migrate.upgrade(target) : migrate.upgrade();
			return Result.success(migration("Upgraded", result));
		}

		@Override
		Result plan(Migrate migrate, @Nullable Integer target) {
			return Result.success(migrate.planUpgrade(target).script());
		}
	},

	/** Downgrades to {@code migrate.target}, which must be given: there is no downgrade to 0 by default. */
	DOWNGRADE("downgrade") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			return Result.success(migration("Downgraded", migrate.downgrade(requireTarget(target))));
		}

		@Override
		Result plan(Migrate migrate, @Nullable Integer target) {
			return Result.success(migrate.planDowngrade(requireTarget(target)).script());
		}
	},

	/** Compares the checksums of applied changesets with the repository; exit code 1 when one differs. */
	VALIDATE("validate") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			ValidationResult result = migrate.validate();
			if (result.valid()) {
				return Result.success("Valid: every applied changeset matches the repository (" + result.checked()
						+ " checksums compared).");
			}
			return new Result("Invalid: " + result.mismatches().size() + " of " + result.checked()
					+ " applied changesets changed after they ran:" + lines(result.mismatches()), 1);
		}
	},

	/** Clears a dirty state and records the checksums of changed changesets anew. */
	REPAIR("repair") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			RepairResult result = migrate.repair();
			if (result.clearedFailedVersion() == null && result.checksumsUpdated().isEmpty()) {
				return Result.success("Nothing to repair: the repository is clean and every checksum matches.");
			}
			StringBuilder text = new StringBuilder("Repaired:");
			if (result.clearedFailedVersion() != null) {
				text.append("\n  cleared the failed run of version ").append(result.clearedFailedVersion());
			}
			if (!result.checksumsUpdated().isEmpty()) {
				text.append("\n  recorded the checksums of versions ").append(result.checksumsUpdated().stream()
					.map(String::valueOf).collect(Collectors.joining(", "))).append(" anew");
			}
			return Result.success(text.toString());
		}
	},

	/** Puts the database under version control at {@code migrate.target}, else 0. */
	VERSION_CONTROL("version-control") {
		@Override
		Result run(Migrate migrate, @Nullable Integer target) {
			VersionControlResult result = migrate.versionControl((target != null) ? target : 0);
			return Result.success("Repository '" + result.repositoryId() + "' is under version control at version "
					+ result.version() + (result.baselineRun() ? ", the baseline script run." : "."));
		}
	};

	/** The property that names the command. */
	public static final String PROPERTY = "migrate.command";

	private static final String TARGET = "migrate.target";

	private static final String DRY_RUN = "migrate.dry-run";

	private final String value;

	MigrateCommand(String value) {
		this.value = value;
	}

	/** The command's name, as {@code migrate.command} gives it. */
	public String value() {
		return this.value;
	}

	/**
	 * Runs the command.
	 * @param migrate the engine
	 * @param target {@code migrate.target}; null for the latest version (or none given)
	 * @return what to print, and the exit code
	 */
	abstract Result run(Migrate migrate, @Nullable Integer target);

	/**
	 * The dry run of the command ({@code migrate.dry-run=true}): the statements it would run, run by none.
	 * @param migrate the engine
	 * @param target {@code migrate.target}; null for the latest version (or none given)
	 * @return the plan to print
	 */
	Result plan(Migrate migrate, @Nullable Integer target) {
		throw new InvalidMigratePropertyException(DRY_RUN, "true", "migrate.command=" + this.value
				+ " has no dry run: only upgrade and downgrade have one");
	}

	/** Whether {@code migrate.command} names a command: set and not blank. */
	public static boolean requested(PropertyResolver properties) {
		return StringUtils.hasText(properties.getProperty(PROPERTY));
	}

	/** The command that a value of {@code migrate.command} names; fails naming the valid ones. */
	public static MigrateCommand of(String value) {
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((command) -> command.value.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidMigratePropertyException(PROPERTY, value,
					"give one of " + Arrays.stream(values())
						.map(MigrateCommand::value)
						.collect(Collectors.joining(", "))));
	}

	/** The version a downgrade goes to, which must be given: there is no downgrade to 0 by default. */
	private static int requireTarget(@Nullable Integer target) {
		if (target == null) {
			throw new InvalidMigratePropertyException(TARGET, MigrateProperties.LATEST,
					"migrate.command=downgrade needs the version to go down to: give migrate.target=N "
							+ "(--migrate.target=N on the command line)");
		}
		return target;
	}

	private static String migration(String verb, MigrationResult result) {
		if (!result.changed()) {
			return "Repository '" + result.repositoryId() + "' is at version " + result.toVersion()
					+ ": nothing to run.";
		}
		return verb + " repository '" + result.repositoryId() + "' from version " + result.fromVersion() + " to "
				+ result.toVersion() + ":" + lines(result.runs().stream().map(MigrateCommand::run).toList());
	}

	private static String run(ChangesetRun run) {
		return run.direction().value() + " " + run.version() + " " + run.description() + " (" + run.type() + ", "
				+ run.executionMs() + " ms)";
	}

	private static String lines(List<?> items) {
		return items.stream().map((item) -> "\n  " + item).collect(Collectors.joining());
	}

	/**
	 * What a command prints, and the exit code the process ends with.
	 *
	 * @param output the text for standard output
	 * @param exitCode 0 for success
	 */
	public record Result(String output, int exitCode) {

		/** A result with exit code 0. */
		static Result success(String output) {
			return new Result(output, 0);
		}

	}

}

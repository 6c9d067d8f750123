package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.TargetOutcome;
import dev.migrate.core.TargetOutcome.State;
import dev.migrate.core.ValidationResult;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MigrateCommand} on a fleet. With {@code migrate.fleet.schema} it runs on that one schema of the
 * fleet, as on a single schema. Without it, {@code upgrade} migrates the fleet as the startup does and
 * prints its report; {@code status}, {@code db-version} and {@code validate} read every schema and print
 * them grouped, listing only the schemas that are not current or not valid; {@code downgrade},
 * {@code repair} and {@code version-control} refuse, since one flag would change every tenant at once.
 */
public final class MigrateFleetCommand {

	/** The property that chooses one schema of the fleet for a command. */
	public static final String SCHEMA = "migrate.fleet.schema";

	/** How many schemas a report lists by name before it counts the rest. */
	private static final int LISTED = 50;

	private final Migrate migrate;

	private final MigrateFleet fleet;

	private final @Nullable String schema;

	/**
	 * A command on a fleet.
	 * @param migrate the engine of the fleet's repository, whose configuration is every schema's but for the schema
	 * @param fleet the fleet
	 * @param schema {@code migrate.fleet.schema}: the one schema to run on; null or blank for the whole fleet
	 */
	public MigrateFleetCommand(Migrate migrate, MigrateFleet fleet, @Nullable String schema) {
		this.migrate = migrate;
		this.fleet = fleet;
		this.schema = (schema != null && !schema.isBlank()) ? schema.strip() : null;
	}

	/**
	 * Runs the command on the fleet, or on its one chosen schema.
	 * @param command the command
	 * @param target {@code migrate.target}; null for the latest version (or none given)
	 * @param dryRun {@code migrate.dry-run}
	 * @return what to print, and the exit code
	 */
	public MigrateCommand.Result run(MigrateCommand command, @Nullable Integer target, boolean dryRun) {
		List<String> schemas = this.migrate.schemas(this.fleet);
		if (this.schema != null) {
			return onOne(command, target, dryRun, schemas);
		}
		if (dryRun) {
			throw new InvalidMigratePropertyException("migrate.dry-run", "true", "a dry run shows one schema's "
					+ "statements, and the fleet has " + schemas.size() + ": choose one with --" + SCHEMA + "=<schema>");
		}
		switch (command) {
			case UPGRADE:
				return upgrade();
			case STATUS:
			case DB_VERSION:
				return status(command, schemas);
			case VALIDATE:
				return validate(schemas);
			default:
				throw new InvalidMigratePropertyException(SCHEMA, "", "migrate.command=" + command.value()
						+ " changes one schema, and a fleet is configured (" + this.fleet.describe() + ", "
						+ schemas.size() + " now): choose the schema, for example --" + SCHEMA + "="
						+ (schemas.isEmpty() ? "<schema>" : schemas.get(0)) + "; nothing was run");
		}
	}

	private MigrateCommand.Result onOne(MigrateCommand command, @Nullable Integer target, boolean dryRun,
			List<String> schemas) {
		String chosen = this.schema;
		if (!schemas.contains(chosen)) {
			throw new InvalidMigratePropertyException(SCHEMA, String.valueOf(chosen), "it is not a schema of the fleet ("
					+ this.fleet.describe() + ": " + names(schemas) + "); nothing was run");
		}
		Migrate one = on(String.valueOf(chosen));
		MigrateCommand.Result result = dryRun ? command.plan(one, target) : command.run(one, target);
		return new MigrateCommand.Result("Schema " + chosen + " of the fleet:\n" + result.output(), result.exitCode());
	}

	private MigrateCommand.Result upgrade() {
		FleetResult result = this.migrate.upgrade(this.fleet);
		StringBuilder text = new StringBuilder(result.summary()).append('.');
		Map<String, Integer> moved = new TreeMap<>();
		for (TargetOutcome target : result.targets()) {
			if (target.state() == State.MIGRATED) {
				moved.merge("from version " + ((target.fromVersion() != null) ? target.fromVersion() : "none") + " to "
						+ target.dbVersion(), 1, Integer::sum);
			}
		}
		moved.forEach((move, count) -> text.append("\n  ").append(move).append(": ").append(schemas(count)));
		int current = result.countsByState().get(State.CURRENT);
		if (current > 0) {
			text.append("\n  already at version ").append(result.version()).append(": ").append(schemas(current));
		}
		List<TargetOutcome> failures = result.failures();
		if (!failures.isEmpty()) {
			text.append("\nFailed:");
			for (TargetOutcome failure : failures) {
				text.append("\n  schema ").append(failure.schema());
				if (failure.dbVersion() != null) {
					text.append(" (left at version ").append(failure.dbVersion()).append(")");
				}
				MigrateException cause = failure.failure();
				text.append(": ").append(indent((cause != null) ? cause.problem() : "unknown"));
				if (cause != null && cause.advice() != null) {
					text.append("\n    ").append(indent(cause.advice()));
				}
			}
		}
		List<String> notRun = result.targets().stream()
			.filter((target) -> target.state() == State.NOT_RUN)
			.map(TargetOutcome::schema)
			.toList();
		if (!notRun.isEmpty()) {
			text.append("\nNot run (migrate.fleet.fail-fast): ").append(names(notRun));
		}
		if (!result.successful()) {
			text.append("\nFix each failed schema as its failure says (one schema: --").append(SCHEMA)
				.append("=<schema>), then run --migrate.command=upgrade again: the current schemas are only read.");
		}
		return new MigrateCommand.Result(text.toString(), result.successful() ? 0 : 1);
	}

	private MigrateCommand.Result status(MigrateCommand command, List<String> schemas) {
		Map<String, Object> read = each(schemas, Migrate::status);
		int version = -1;
		SortedMap<Integer, Integer> byVersion = new TreeMap<>();
		int uncontrolled = 0;
		for (Object each : read.values()) {
			if (each instanceof RepositoryStatus status) {
				version = status.version();
				if (status.dbVersion() == null) {
					uncontrolled++;
				}
				else {
					byVersion.merge(status.dbVersion(), 1, Integer::sum);
				}
			}
		}
		int latest = (version >= 0) ? version : this.migrate.version();
		StringBuilder text = header(schemas).append(", version ").append(latest).append(':');
		byVersion.forEach((dbVersion, count) -> text.append("\n  db version ").append(dbVersion).append(": ")
			.append(schemas(count)));
		if (uncontrolled > 0) {
			text.append("\n  not under version control: ").append(schemas(uncontrolled));
		}
		List<String> notCurrent = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		read.forEach((schema, each) -> {
			if (each instanceof RepositoryStatus status) {
				if (status.dbVersion() == null || status.dbVersion() != latest || status.dirty()) {
					notCurrent.add(schema + ": " + describe(command, schema, status));
				}
			}
			else {
				failed.add(schema + ": " + indent(((MigrateException) each).getMessage()));
			}
		});
		list(text, "Not at version " + latest, notCurrent);
		list(text, "Could not be read", failed);
		return new MigrateCommand.Result(text.toString(), failed.isEmpty() ? 0 : 1);
	}

	private static String describe(MigrateCommand command, String schema, RepositoryStatus status) {
		if (status.dbVersion() == null) {
			return "not under version control";
		}
		StringBuilder text = new StringBuilder("db version ").append(status.dbVersion());
		if (status.dirty()) {
			text.append(", dirty (a changeset failed part-way: --").append(SCHEMA).append('=').append(schema)
				.append(" --migrate.command=repair)");
		}
		if (command == MigrateCommand.STATUS && !status.pending().isEmpty()) {
			text.append(", pending ").append(status.pending().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		if (command == MigrateCommand.STATUS && !status.future().isEmpty()) {
			text.append(", unknown to this release ")
				.append(status.future().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

	private MigrateCommand.Result validate(List<String> schemas) {
		Map<String, Object> read = each(schemas, Migrate::validate);
		int valid = 0;
		int checked = 0;
		List<String> invalid = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (Map.Entry<String, Object> entry : read.entrySet()) {
			if (entry.getValue() instanceof ValidationResult result) {
				checked += result.checked();
				if (result.valid()) {
					valid++;
				}
				else {
					invalid.add(entry.getKey() + ": " + result.mismatches().stream()
						.map(String::valueOf)
						.collect(Collectors.joining("\n    ")));
				}
			}
			else {
				failed.add(entry.getKey() + ": " + indent(((MigrateException) entry.getValue()).getMessage()));
			}
		}
		StringBuilder text = header(schemas).append(": ").append(valid).append(" valid, ").append(invalid.size())
			.append(" invalid, ").append(failed.size()).append(" could not be validated (").append(checked)
			.append(" checksums compared).");
		list(text, "Invalid: applied changesets changed after they ran", invalid);
		list(text, "Could not be validated", failed);
		return new MigrateCommand.Result(text.toString(), (invalid.isEmpty() && failed.isEmpty()) ? 0 : 1);
	}

	private StringBuilder header(List<String> schemas) {
		return new StringBuilder("Fleet of repository '").append(repositoryId(schemas)).append("': ")
			.append(schemas(schemas.size()));
	}

	/** The repository's id: configured, else as the first schema's status says (migrate.cfg's). */
	private String repositoryId(List<String> schemas) {
		String configured = this.migrate.config().repositoryId();
		if (configured != null || schemas.isEmpty()) {
			return (configured != null) ? configured : this.migrate.config().location();
		}
		try {
			return on(schemas.get(0)).status().repositoryId();
		}
		catch (MigrateException ex) {
			return this.migrate.config().location();
		}
	}

	/**
	 * Runs a read on every schema, a few at a time, each schema's engine of its own; a schema whose read fails
	 * maps to its {@link MigrateException}, the others to their result.
	 */
	private Map<String, Object> each(List<String> schemas, Function<Migrate, Object> read) {
		int parallelism = Math.max(1, Math.min(schemas.size(),
				(this.fleet.parallelism() != null) ? this.fleet.parallelism() : MigrateFleet.DEFAULT_PARALLELISM));
		ExecutorService pool = Executors.newFixedThreadPool(parallelism, (task) -> {
			Thread thread = new Thread(task, "migrate-fleet-command");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Map<String, Future<Object>> reads = new LinkedHashMap<>();
			for (String schema : schemas) {
				reads.put(schema, pool.submit(() -> {
					try {
						return read.apply(on(schema));
					}
					catch (MigrateException ex) {
						return ex;
					}
					catch (RuntimeException ex) {
						return new MigrateException("Reading schema '" + schema + "' failed: " + ex, ex);
					}
				}));
			}
			Map<String, Object> results = new LinkedHashMap<>();
			for (Map.Entry<String, Future<Object>> entry : reads.entrySet()) {
				results.put(entry.getKey(), entry.getValue().get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrateException("Interrupted while reading the fleet's schemas; nothing was changed", ex);
		}
		catch (ExecutionException ex) {
			throw new MigrateException("Reading the fleet's schemas failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The engine of one schema of the fleet. */
	private Migrate on(String schema) {
		return new Migrate(this.migrate.config().toBuilder().schema(schema).build());
	}

	private static void list(StringBuilder text, String title, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		text.append('\n').append(title).append(" (").append(schemas(items.size())).append("):");
		for (String item : items.subList(0, Math.min(LISTED, items.size()))) {
			text.append("\n  ").append(item);
		}
		if (items.size() > LISTED) {
			text.append("\n  and ").append(items.size() - LISTED).append(" more: --").append(SCHEMA)
				.append("=<schema> --migrate.command=status shows one");
		}
	}

	private static String names(List<String> schemas) {
		if (schemas.isEmpty()) {
			return "none";
		}
		String listed = String.join(", ", schemas.subList(0, Math.min(LISTED, schemas.size())));
		return (schemas.size() > LISTED) ? listed + " and " + (schemas.size() - LISTED) + " more" : listed;
	}

	private static String schemas(int count) {
		return count + ((count == 1) ? " schema" : " schemas");
	}

	private static String indent(@Nullable String text) {
		return String.valueOf(text).strip().replace("\n", "\n    ");
	}

}

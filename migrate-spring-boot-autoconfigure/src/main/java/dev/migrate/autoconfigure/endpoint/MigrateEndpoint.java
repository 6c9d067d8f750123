package dev.migrate.autoconfigure.endpoint;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.autoconfigure.model.MigrateModelCheck;
import dev.migrate.core.ChangesetStatus;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.TargetOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@link Endpoint @Endpoint} {@code migrate}: for every repository of every {@link Migrate} bean in the
 * context and its parents, its version, db version, pending changesets and history; for every fleet, what
 * the startup did to its schemas, counted by state and db version, and its failures in full. Read-only.
 * Values that are not known are written as {@code null}, so that every response has the same shape. A
 * repository of {@code migrate.repositories} is keyed by its name, any other by its repository id.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

	private final ApplicationContext context;

	public MigrateEndpoint(ApplicationContext context) {
		this.context = context;
	}

	@ReadOperation
	public MigrateDescriptor repositories() {
		Map<@Nullable String, ContextDescriptor> contexts = new LinkedHashMap<>();
		ApplicationContext target = this.context;
		while (target != null) {
			Map<String, RepositoryDescriptor> repositories = new LinkedHashMap<>();
			ApplicationContext current = target;
			Map<String, FleetDescriptor> fleets = new LinkedHashMap<>();
			Set<Migrate> ofFleets = Collections.newSetFromMap(new IdentityHashMap<>());
			target.getBeansOfType(MigrateFleetInitializer.class, false, false).forEach((name, initializer) -> {
				ofFleets.add(initializer.getMigrate());
				FleetResult result = initializer.getResult();
				if (result != null) {
					String key = fleets.containsKey(result.repositoryId()) ? result.repositoryId() + " (" + name + ")"
							: result.repositoryId();
					fleets.put(key, FleetDescriptor.of(result));
				}
			});
			MigrateRepositories named = target.getBeansOfType(MigrateRepositories.class).values().stream()
				.findFirst()
				.orElse(null);
			target.getBeansOfType(Migrate.class).forEach((name, migrate) -> {
				if (ofFleets.contains(migrate)) {
					return; // its schemas are the fleet's; the one it is configured with is not migrated
				}
				RepositoryStatus status = migrate.status();
				String repository = (named != null) ? named.nameOf(name) : null;
				String wanted = (repository != null) ? repository : status.repositoryId();
				String key = repositories.containsKey(wanted) ? wanted + " (" + name + ")" : wanted;
				repositories.put(key, RepositoryDescriptor.of(status, modelDiff(current, migrate)));
			});
			ApplicationContext parent = target.getParent();
			contexts.put(target.getId(),
					new ContextDescriptor(repositories, fleets, (parent != null) ? parent.getId() : null));
			target = parent;
		}
		return new MigrateDescriptor(contexts);
	}

	/** The differences {@code migrate.model-check} found for this engine's database; null when off or not yet computed. */
	private static @Nullable List<String> modelDiff(ApplicationContext context, Migrate migrate) {
		for (MigrateModelCheck check : context.getBeansOfType(MigrateModelCheck.class).values()) {
			List<String> differences = check.getDifferences(migrate);
			if (differences != null) {
				return differences;
			}
		}
		return null;
	}

	/**
	 * The repositories of an application, by context id.
	 * @param contexts the contexts, from the endpoint's up to the root
	 */
	public record MigrateDescriptor(Map<@Nullable String, ContextDescriptor> contexts) implements OperationResponseBody {
	}

	/**
	 * The repositories of one application context.
	 * @param repositories by {@code migrate.repositories} name, else by repository id
	 * @param fleets the fleets migrated at startup, by repository id
	 * @param parentId the id of the parent context, if any
	 */
	@JsonInclude(Include.ALWAYS)
	public record ContextDescriptor(Map<String, RepositoryDescriptor> repositories, Map<String, FleetDescriptor> fleets,
			@Nullable String parentId) {
	}

	/**
	 * What the startup did to a fleet's schemas, grouped so that a thousand schemas stay readable.
	 * @param version the version the schemas were brought to
	 * @param schemas how many schemas the fleet has
	 * @param states how many schemas ended in each state: {@code MIGRATED}, {@code CURRENT}, {@code FAILED},
	 *     {@code NOT_RUN}
	 * @param dbVersions how many schemas are at each db version
	 * @param failures every failed schema, in full
	 * @param notRun the schemas left alone because an earlier one failed and the fleet fails fast
	 * @param elapsedMs how long the fleet's migration took, in milliseconds
	 */
	@JsonInclude(Include.ALWAYS)
	public record FleetDescriptor(int version, int schemas, Map<String, Integer> states, Map<Integer, Integer> dbVersions,
			List<FleetFailureDescriptor> failures, List<String> notRun, long elapsedMs) {

		static FleetDescriptor of(FleetResult result) {
			Map<String, Integer> states = new LinkedHashMap<>();
			result.countsByState().forEach((state, count) -> states.put(state.name(), count));
			return new FleetDescriptor(result.version(), result.targets().size(), states, result.countsByVersion(),
					result.failures().stream().map(FleetFailureDescriptor::of).toList(),
					result.targets().stream()
						.filter((target) -> target.state() == TargetOutcome.State.NOT_RUN)
						.map(TargetOutcome::schema)
						.toList(),
					result.elapsed().toMillis());
		}

	}

	/**
	 * A schema of a fleet whose upgrade failed.
	 * @param schema the schema (MySQL: database)
	 * @param dbVersion the version the failure left it at; null when not known
	 * @param error what happened, as the engine says it
	 * @param advice what to do; null when the error says it
	 */
	@JsonInclude(Include.ALWAYS)
	public record FleetFailureDescriptor(String schema, @Nullable Integer dbVersion, String error,
			@Nullable String advice) {

		static FleetFailureDescriptor of(TargetOutcome failure) {
			return new FleetFailureDescriptor(failure.schema(), failure.dbVersion(), failure.failure().problem(),
					failure.failure().advice());
		}

	}

	/**
	 * Where a database stands against one repository.
	 * @param version the latest version in the repository
	 * @param dbVersion the version the database is at; null when it is not under version control
	 * @param dirty whether a changeset failed part-way and repair is needed
	 * @param pending the versions the next upgrade runs
	 * @param future the versions the database has and this release does not: a newer release applied them
	 * @param changesets every changeset with its state
	 * @param modelDiff the differences between the JPA entities and the database, one line each, as
	 *     {@code migrate.model-check} found them (empty when they agree); null when the check is off or
	 *     has not finished yet
	 */
	@JsonInclude(Include.ALWAYS)
	public record RepositoryDescriptor(int version, @Nullable Integer dbVersion, boolean dirty, List<Integer> pending,
			List<Integer> future, List<ChangesetDescriptor> changesets, @Nullable List<String> modelDiff) {

		static RepositoryDescriptor of(RepositoryStatus status, @Nullable List<String> modelDiff) {
			return new RepositoryDescriptor(status.version(), status.dbVersion(), status.dirty(), status.pending(),
					status.future(), status.changesets().stream().map(ChangesetDescriptor::of).toList(), modelDiff);
		}

	}

	/**
	 * One changeset.
	 * @param version its version
	 * @param description its description
	 * @param type {@code SQL}, {@code JAVA} or {@code BASELINE}
	 * @param checksum its checksum
	 * @param state {@code APPLIED}, {@code PENDING}, {@code FAILED} or {@code FUTURE}
	 * @param appliedBy the database user who applied it
	 * @param appliedAt when it was applied
	 * @param executionTimeMs how long it took, in milliseconds
	 * @param downgradeRecorded for a {@code FUTURE} one, whether its downgrade is recorded in the history so
	 *     that this release can run it; null for the repository's own
	 */
	@JsonInclude(Include.ALWAYS)
	public record ChangesetDescriptor(int version, String description, @Nullable String type, @Nullable String checksum,
			String state, @Nullable String appliedBy, @Nullable Instant appliedAt, @Nullable Long executionTimeMs,
			@Nullable Boolean downgradeRecorded) {

		static ChangesetDescriptor of(ChangesetStatus changeset) {
			return new ChangesetDescriptor(changeset.version(), changeset.description(),
					(changeset.type() != null) ? changeset.type().name() : null, changeset.checksum(),
					changeset.state().name(), changeset.appliedBy(), changeset.appliedAt(), changeset.executionMs(),
					changeset.downgradeRecorded());
		}

	}

}

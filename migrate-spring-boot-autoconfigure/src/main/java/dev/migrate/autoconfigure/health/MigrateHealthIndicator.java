package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import dev.migrate.core.RepositoryStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} {@code migrate}: UP when every repository is clean and at its target (the
 * configured {@code migrate.target}, else the latest version); DOWN when one is dirty or cannot be read;
 * OUT_OF_SERVICE when one is behind or ahead of its target, or not under version control. A database
 * ahead of the release (which {@code migrate.on-newer-database=ignore} lets it start against) is out of
 * service with its {@code future} versions and the {@code reason}. Each check
 * reads the version row and the history: two queries per repository.
 */
public class MigrateHealthIndicator implements HealthIndicator {

	private final Map<String, Migrate> migrates;

	/**
	 * A health indicator.
	 * @param migrates the {@link Migrate} beans, by bean name
	 */
	public MigrateHealthIndicator(Map<String, Migrate> migrates) {
		this.migrates = Map.copyOf(migrates);
	}

	@Override
	public Health health() {
		Status overall = Status.UP;
		Map<String, Object> details = new LinkedHashMap<>();
		for (Map.Entry<String, Migrate> entry : this.migrates.entrySet()) {
			Repository repository = check(entry.getValue());
			String key = (repository.repositoryId() != null)
					? key(details, repository.repositoryId(), entry.getKey()) : entry.getKey();
			Map<String, Object> repositoryDetails = new LinkedHashMap<>();
			repositoryDetails.put("status", repository.health().getStatus().getCode());
			repositoryDetails.putAll(repository.health().getDetails());
			details.put(key, repositoryDetails);
			overall = worse(overall, repository.health().getStatus());
		}
		return Health.status(overall).withDetails(details).build();
	}

	/**
	 * The health of one repository, its details flat: what a component of the composite {@code migrate}
	 * health contributor of several repositories says.
	 * @param migrate the repository's engine
	 * @return its repository id (null when it could not be read) and its health
	 */
	static Repository check(Migrate migrate) {
		try {
			RepositoryStatus status = migrate.status();
			Status repositoryStatus = statusOf(status, target(migrate, status), migrate.config().onNewerDatabase());
			Map<String, Object> repository = new LinkedHashMap<>();
			repository.put("version", status.version());
			if (status.dbVersion() != null) {
				repository.put("dbVersion", status.dbVersion());
			}
			else {
				repository.put("underVersionControl", false);
			}
			repository.put("target", target(migrate, status));
			repository.put("dirty", status.dirty());
			repository.put("pending", status.pending());
			if (!status.future().isEmpty()) {
				repository.put("future", status.future());
				repository.put("reason", aheadReason(status, migrate.config().onNewerDatabase()));
			}
			return new Repository(status.repositoryId(), Health.status(repositoryStatus).withDetails(repository).build());
		}
		catch (RuntimeException ex) {
			return new Repository(null, Health.down().withDetail("error", String.valueOf(ex.getMessage())).build());
		}
	}

	private static int target(Migrate migrate, RepositoryStatus status) {
		Integer target = migrate.config().target();
		return (target != null) ? target : status.version();
	}

	private static Status statusOf(RepositoryStatus status, int target, OnNewerDatabase onNewerDatabase) {
		Integer dbVersion = status.dbVersion();
		if (status.dirty()) {
			return Status.DOWN;
		}
		if (dbVersion == null) {
			return Status.OUT_OF_SERVICE;
		}
		if (dbVersion == target && dbVersion <= status.version()) {
			return Status.UP;
		}
		return Status.OUT_OF_SERVICE;
	}

	/** Why a database ahead of the release is out of service, and how it stays so. */
	private static String aheadReason(RepositoryStatus status, OnNewerDatabase onNewerDatabase) {
		String reason = "The database is at version " + status.dbVersion() + ", but this release knows versions up to "
				+ status.version() + " only: a newer release migrated it";
		if (onNewerDatabase == OnNewerDatabase.IGNORE) {
			return reason + ", and migrate.on-newer-database=ignore lets this release run against it.";
		}
		return reason + ".";
	}

	static Status worse(Status current, Status candidate) {
		if (current.equals(Status.DOWN) || candidate.equals(Status.UP)) {
			return current;
		}
		return candidate;
	}

	private static String key(Map<String, Object> details, String repositoryId, String beanName) {
		return details.containsKey(repositoryId) ? repositoryId + " (" + beanName + ")" : repositoryId;
	}

	/**
	 * The health of one repository.
	 * @param repositoryId its id in the version table; null when it could not be read
	 * @param health its health, with flat details
	 */
	record Repository(@Nullable String repositoryId, Health health) {
	}

}

package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import dev.migrate.core.RepositoryStatus;

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
			Migrate migrate = entry.getValue();
			try {
				RepositoryStatus status = migrate.status();
				Status repositoryStatus = statusOf(status, target(migrate, status), migrate.config().onNewerDatabase());
				Map<String, Object> repository = new LinkedHashMap<>();
				repository.put("status", repositoryStatus.getCode());
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
				details.put(key(details, status.repositoryId(), entry.getKey()), repository);
				overall = worse(overall, repositoryStatus);
			}
			catch (RuntimeException ex) {
				details.put(entry.getKey(), Map.of("status", Status.DOWN.getCode(), "error", String.valueOf(ex.getMessage())));
				overall = Status.DOWN;
			}
		}
		return Health.status(overall).withDetails(details).build();
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

	private static Status worse(Status current, Status candidate) {
		if (current.equals(Status.DOWN) || candidate.equals(Status.UP)) {
			return current;
		}
		return candidate;
	}

	private static String key(Map<String, Object> details, String repositoryId, String beanName) {
		return details.containsKey(repositoryId) ? repositoryId + " (" + beanName + ")" : repositoryId;
	}

}

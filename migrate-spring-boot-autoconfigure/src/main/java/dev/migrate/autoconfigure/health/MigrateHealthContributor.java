package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.core.Migrate;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code migrate} health of an application with several repositories: one component per repository,
 * each UP, DOWN or OUT_OF_SERVICE as {@link MigrateHealthIndicator} says of it, so that
 * {@code /actuator/health/migrate/<name>} answers for one. A {@code migrate.repositories} entry is named by
 * its name, any other repository (that of {@code migrate.*} among them) by its repository id, read once.
 */
public class MigrateHealthContributor implements CompositeHealthContributor {

	private final Map<String, Migrate> migrates;

	private final MigrateRepositories repositories;

	private final Map<String, String> repositoryIds = new ConcurrentHashMap<>();

	/**
	 * A health contributor.
	 * @param migrates the {@link Migrate} beans, by bean name
	 * @param repositories the {@code migrate.repositories} entries, which name their beans
	 */
	public MigrateHealthContributor(Map<String, Migrate> migrates, MigrateRepositories repositories) {
		this.migrates = new LinkedHashMap<>(migrates);
		this.repositories = repositories;
	}

	@Override
	public @Nullable HealthContributor getContributor(String name) {
		return stream().filter((entry) -> entry.name().equals(name))
			.map(HealthContributors.Entry::contributor)
			.findFirst()
			.orElse(null);
	}

	@Override
	public Stream<HealthContributors.Entry> stream() {
		Map<String, HealthContributor> components = new LinkedHashMap<>();
		this.migrates.forEach((beanName, migrate) -> {
			String name = this.repositories.nameOf(beanName);
			if (name != null) {
				components.put(name, indicator(migrate));
				return;
			}
			String repositoryId = this.repositoryIds.get(beanName);
			if (repositoryId == null) {
				MigrateHealthIndicator.Repository checked = MigrateHealthIndicator.check(migrate);
				if (checked.repositoryId() == null) {
					// not readable now: named by its bean until it is
					components.put(beanName, (HealthIndicator) checked::health);
					return;
				}
				repositoryId = checked.repositoryId();
				this.repositoryIds.put(beanName, repositoryId);
			}
			components.put(components.containsKey(repositoryId) ? repositoryId + " (" + beanName + ")" : repositoryId,
					indicator(migrate));
		});
		return components.entrySet().stream().map((entry) -> new HealthContributors.Entry(entry.getKey(), entry.getValue()));
	}

	private static HealthIndicator indicator(Migrate migrate) {
		return () -> MigrateHealthIndicator.check(migrate).health();
	}

}

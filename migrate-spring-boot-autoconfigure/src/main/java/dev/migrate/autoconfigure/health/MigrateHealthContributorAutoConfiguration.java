package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.autoconfigure.OnMigrateRepositoriesCondition;
import dev.migrate.core.Migrate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrateHealthIndicator} (or, with
 * {@code migrate.repositories}, the {@link MigrateHealthContributor} of one component per repository; and,
 * where a fleet is migrated at startup, the {@link MigrateFleetHealthIndicator}), when Spring Boot's health
 * support is on the classpath and {@code management.health.migrate.enabled} is not false.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	@Conditional(NoMigrateRepositoriesCondition.class)
	MigrateHealthIndicator migrateHealthIndicator(Map<String, Migrate> migrates,
			ObjectProvider<MigrateFleetInitializer> fleets) {
		return new MigrateHealthIndicator(withoutFleets(migrates, fleets));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	@Conditional(OnMigrateRepositoriesCondition.class)
	MigrateHealthContributor migrateHealthContributor(Map<String, Migrate> migrates,
			MigrateRepositories repositories, ObjectProvider<MigrateFleetInitializer> fleets) {
		return new MigrateHealthContributor(withoutFleets(migrates, fleets), repositories);
	}

	@Bean
	@ConditionalOnBean(MigrateFleetInitializer.class)
	@ConditionalOnMissingBean(name = "migrateFleetHealthIndicator")
	MigrateFleetHealthIndicator migrateFleetHealthIndicator(Map<String, MigrateFleetInitializer> fleets) {
		return new MigrateFleetHealthIndicator(fleets);
	}

	/**
	 * The Migrate beans less the fleets': a fleet's component reports those, and the one schema each is
	 * configured with is not migrated.
	 */
	private static Map<String, Migrate> withoutFleets(Map<String, Migrate> migrates,
			ObjectProvider<MigrateFleetInitializer> fleets) {
		Map<String, Migrate> own = new LinkedHashMap<>(migrates);
		own.values().removeIf((migrate) -> fleets.stream().anyMatch((fleet) -> fleet.getMigrate() == migrate));
		return own;
	}

	/** No {@code migrate.repositories}: one indicator for the application's repository (or its Migrate beans). */
	static final class NoMigrateRepositoriesCondition extends NoneNestedConditions {

		NoMigrateRepositoriesCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(OnMigrateRepositoriesCondition.class)
		private static final class RepositoriesCondition {

		}

	}

}

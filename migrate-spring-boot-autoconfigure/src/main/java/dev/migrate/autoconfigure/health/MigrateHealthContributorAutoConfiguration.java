package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.core.Migrate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrateHealthIndicator} (and, where a fleet
 * is migrated at startup, the {@link MigrateFleetHealthIndicator}), when Spring
 * Boot's health support is on the classpath and {@code management.health.migrate.enabled} is not false.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrateHealthIndicator")
	MigrateHealthIndicator migrateHealthIndicator(Map<String, Migrate> migrates,
			ObjectProvider<MigrateFleetInitializer> fleets) {
		// a fleet's Migrate is reported by the fleet's component: the schema it is configured with is not migrated
		Map<String, Migrate> own = new LinkedHashMap<>(migrates);
		own.values().removeIf((migrate) -> fleets.stream().anyMatch((fleet) -> fleet.getMigrate() == migrate));
		return new MigrateHealthIndicator(own);
	}

	@Bean
	@ConditionalOnBean(MigrateFleetInitializer.class)
	@ConditionalOnMissingBean(name = "migrateFleetHealthIndicator")
	MigrateFleetHealthIndicator migrateFleetHealthIndicator(Map<String, MigrateFleetInitializer> fleets) {
		return new MigrateFleetHealthIndicator(fleets);
	}

}

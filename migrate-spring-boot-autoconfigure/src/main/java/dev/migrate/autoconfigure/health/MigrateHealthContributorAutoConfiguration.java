package dev.migrate.autoconfigure.health;

import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.core.Migrate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrateHealthIndicator}, when Spring
 * Boot's health support is on the classpath and {@code management.health.migrate.enabled} is not false.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrateHealthIndicator")
	MigrateHealthIndicator migrateHealthIndicator(Map<String, Migrate> migrates) {
		return new MigrateHealthIndicator(migrates);
	}

}

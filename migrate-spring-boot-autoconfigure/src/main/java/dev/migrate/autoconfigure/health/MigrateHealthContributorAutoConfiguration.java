package dev.migrate.autoconfigure.health;

import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.autoconfigure.OnMigrateRepositoriesCondition;
import dev.migrate.core.Migrate;

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
 * {@code migrate.repositories}, the {@link MigrateHealthContributor} of one component per repository), when
 * Spring Boot's health support is on the classpath and {@code management.health.migrate.enabled} is not false.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	@Conditional(NoMigrateRepositoriesCondition.class)
	MigrateHealthIndicator migrateHealthIndicator(Map<String, Migrate> migrates) {
		return new MigrateHealthIndicator(migrates);
	}

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	@Conditional(OnMigrateRepositoriesCondition.class)
	MigrateHealthContributor migrateHealthContributor(Map<String, Migrate> migrates,
			MigrateRepositories repositories) {
		return new MigrateHealthContributor(migrates, repositories);
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

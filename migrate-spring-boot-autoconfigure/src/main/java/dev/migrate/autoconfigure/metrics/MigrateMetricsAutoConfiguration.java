package dev.migrate.autoconfigure.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.core.Migrate;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrateMetrics}, when Micrometer and a
 * {@link MeterRegistry} are there.
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
		MigrateAutoConfiguration.class })
@ConditionalOnClass({ Migrate.class, MeterRegistry.class, MetricsAutoConfiguration.class })
@ConditionalOnBean({ Migrate.class, MeterRegistry.class })
public final class MigrateMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrateMetrics migrateMetrics(Map<String, Migrate> migrates, ObjectProvider<MigrateInitializer> initializers,
			ObjectProvider<MigrateRepositories> repositories, ObjectProvider<MigrateFleetInitializer> fleets) {
		// a fleet's Migrate has no one db version: the schema it is configured with is not migrated
		Map<String, Migrate> own = new LinkedHashMap<>(migrates);
		own.values().removeIf((migrate) -> fleets.stream().anyMatch((fleet) -> fleet.getMigrate() == migrate));
		return new MigrateMetrics(own, initializers.orderedStream().toList(),
				repositories.getIfAvailable(() -> new MigrateRepositories(Map.of())));
	}

}

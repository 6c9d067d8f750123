package dev.migrate.autoconfigure.metrics;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Micrometer meters: a timer per changeset run at startup and a gauge of the db version. */
class MigrateMetricsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, MigrateMetricsAutoConfiguration.class));

	@Test
	void timesEveryChangesetRunAndGaugesTheDbVersion() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find(MigrateMetrics.CHANGESET_TIMER).timers()).hasSize(3);
			Timer second = registry.get(MigrateMetrics.CHANGESET_TIMER)
				.tags("repository", "cms", "version", "2", "direction", "upgrade", "type", "SQL")
				.timer();
			assertThat(second.count()).isEqualTo(1);
			assertThat(registry.get(MigrateMetrics.CHANGESET_TIMER).tags("version", "3").timer().getId().getTag("type"))
				.isEqualTo("JAVA");
			assertThat(registry.get(MigrateMetrics.DB_VERSION_GAUGE).tag("repository", "cms").gauge().value())
				.isEqualTo(3.0);
		});
	}

	@Test
	void theGaugeFollowsTheDatabase() {
		this.contextRunner.withPropertyValues("migrate.target=1").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MigrateMetrics.DB_VERSION_GAUGE).gauge().value()).isEqualTo(1.0);
			context.getBean(dev.migrate.core.Migrate.class).upgrade(2);
			assertThat(registry.get(MigrateMetrics.DB_VERSION_GAUGE).gauge().value()).isEqualTo(2.0);
		});
	}

	@Test
	void aFleetsMigrateHasNoGaugeOfTheOneSchemaItIsConfiguredWith() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					dev.migrate.autoconfigure.MigrateFleetAutoConfiguration.class, MigrateAutoConfiguration.class,
					MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
			.withPropertyValues("migrate.fleet.schemas=tenant_a")
			.run((context) -> assertThat(context.getBean(MeterRegistry.class).find(MigrateMetrics.DB_VERSION_GAUGE).gauges())
				.isEmpty());
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateMetrics.class));
	}

}

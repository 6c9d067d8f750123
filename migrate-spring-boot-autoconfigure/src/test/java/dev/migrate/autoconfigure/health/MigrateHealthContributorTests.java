package dev.migrate.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.autoconfigure.MigrationStrategy;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrateEndpointAutoConfiguration;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code migrate.repositories}, health {@code migrate} is a composite of one component per repository,
 * and the endpoint keys each entry by its name: here {@code sales}, whose repository id is {@code orders}.
 */
class MigrateHealthContributorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class, MigrateEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=migrate",
				"migrate.repositories.sales.url=jdbc:h2:mem:saleshealth" + ThreadLocalRandom.current().nextInt(1_000_000)
						+ ";DB_CLOSE_DELAY=-1",
				"migrate.repositories.sales.user=sa", "migrate.repositories.sales.location=classpath:repositories/orders");

	@Test
	void oneComponentPerRepositoryEachWithItsOwnStatus() {
		this.contextRunner.withUserConfiguration(SalesBehindConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MigrateHealthContributor.class)
				.doesNotHaveBean(MigrateHealthIndicator.class);
			MigrateHealthContributor health = context.getBean(MigrateHealthContributor.class);
			assertThat(health.stream().map(HealthContributors.Entry::name)).containsExactly("cms", "sales");
			HealthIndicator cms = (HealthIndicator) health.getContributor("cms");
			assertThat(cms.health().getStatus()).isEqualTo(Status.UP);
			assertThat(cms.health().getDetails()).containsEntry("dbVersion", 3).containsEntry("target", 3);
			HealthIndicator sales = (HealthIndicator) health.getContributor("sales");
			assertThat(sales.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(sales.health().getDetails()).containsEntry("dbVersion", 1).containsEntry("target", 2);
			assertThat(health.getContributor("orders")).as("named by its name, not its repository id").isNull();
		});
	}

	@Test
	void theEndpointKeysAnEntryByItsName() {
		this.contextRunner.run((context) -> {
			Map<String, MigrateEndpoint.RepositoryDescriptor> repositories = context.getBean(MigrateEndpoint.class)
				.repositories()
				.contexts()
				.get(context.getId())
				.repositories();
			assertThat(repositories).containsOnlyKeys("cms", "sales");
			assertThat(repositories.get("sales").dbVersion()).isEqualTo(2);
		});
	}

	@Test
	void aRepositoryThatCannotBeReadIsDownUnderItsBeanName() {
		Migrate unreachable = new Migrate(MigrateConfig.builder()
			.dataSource(new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/none"))
			.build());
		Map<String, Migrate> migrates = new LinkedHashMap<>();
		migrates.put("migrate", unreachable);
		MigrateHealthContributor health = new MigrateHealthContributor(migrates, new MigrateRepositories(Map.of()));
		HealthIndicator component = (HealthIndicator) health.getContributor("migrate");
		assertThat(component.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(component.health().getDetails()).containsKey("error");
	}

	@Configuration(proxyBeanMethods = false)
	static class SalesBehindConfiguration {

		@Bean
		@Qualifier("sales")
		MigrationStrategy salesToVersionOne() {
			return (migrate) -> migrate.upgrade(1);
		}

	}

}

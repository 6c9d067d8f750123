package dev.migrate.autoconfigure.health;

import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationStrategy;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The {@code migrate} health indicator. */
class MigrateHealthIndicatorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class));

	@Test
	void upWhenTheRepositoryIsCleanAndAtItsTarget() {
		this.contextRunner.run((context) -> {
			Health health = context.getBean("migrateHealthIndicator", MigrateHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(details(health, "cms")).containsEntry("version", 3)
				.containsEntry("dbVersion", 3)
				.containsEntry("target", 3)
				.containsEntry("dirty", false);
		});
	}

	@Test
	void upAtAConfiguredTargetBelowTheLatestVersion() {
		this.contextRunner.withPropertyValues("migrate.target=2")
			.run((context) -> assertThat(context.getBean(MigrateHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP));
	}

	@Test
	void outOfServiceWhenTheDatabaseIsBehindItsTarget() {
		this.contextRunner.withBean(MigrationStrategy.class, () -> (migrate) -> migrate.upgrade(1)).run((context) -> {
			Health health = context.getBean(MigrateHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(details(health, "cms")).containsEntry("dbVersion", 1).containsEntry("target", 3);
		});
	}

	@Test
	void downWhenTheRepositoryIsDirty() {
		String url = "jdbc:h2:mem:dirty" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "migrate.location=classpath:repositories/dirty",
					"migrate.java-package=")
			.withBean(MigrationStrategy.class, () -> (migrate) -> {
				// a no-transaction changeset that fails part-way leaves the repository dirty
				assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade);
				return null;
			})
			.run((context) -> {
				Health health = context.getBean(MigrateHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(details(health, "dirty")).containsEntry("dirty", true);
			});
	}

	@Test
	void downWhenTheDatabaseCannotBeRead() {
		Migrate unreachable = new Migrate(MigrateConfig.builder()
			.dataSource(new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/none"))
			.build());
		Health health = new MigrateHealthIndicator(Map.of("unreachable", unreachable)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(details(health, "unreachable")).containsKey("error");
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateHealthIndicator.class));
	}

	@Test
	void backsOffWithoutAMigrateBean() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateHealthIndicator.class)
				.hasSingleBean(DataSource.class));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Health health, String repository) {
		return (Map<String, Object>) health.getDetails().get(repository);
	}

}

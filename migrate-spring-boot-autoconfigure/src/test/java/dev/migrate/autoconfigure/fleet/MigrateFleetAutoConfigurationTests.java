package dev.migrate.autoconfigure.fleet;

import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFleetInitializer;
import dev.migrate.autoconfigure.MigrateFleetProperties;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrationStrategy;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.ContextDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.FleetDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrateEndpointAutoConfiguration;
import dev.migrate.autoconfigure.health.MigrateFleetHealthIndicator;
import dev.migrate.autoconfigure.health.MigrateHealthContributorAutoConfiguration;
import dev.migrate.autoconfigure.health.MigrateHealthIndicator;
import dev.migrate.core.FleetFailedException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.TargetOutcome.State;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.fleet.*} and a {@link MigrateFleet} bean: the fleet is migrated at startup in place of
 * the one schema, a failed schema stops startup, and the endpoint and health report the fleet grouped.
 * On H2, whose schemas the fleet creates as {@code migrate.create-schema} lets it.
 */
class MigrateFleetAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateFleetAutoConfiguration.class,
				MigrateAutoConfiguration.class, MigrateEndpointAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=migrate");

	@Test
	void migratesEverySchemaOfTheFleetInPlaceOfTheOneSchema() {
		this.contextRunner.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b,tenant_c").run((context) -> {
			assertThat(context).hasSingleBean(MigrateFleetInitializer.class).doesNotHaveBean(MigrateInitializer.class);
			FleetResult result = context.getBean(MigrateFleetInitializer.class).getResult();
			assertThat(result.repositoryId()).isEqualTo("cms");
			assertThat(result.countsByVersion()).isEqualTo(Map.of(3, 3));
			assertThat(result.countsByState()).containsEntry(State.MIGRATED, 3);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("SELECT version FROM \"tenant_b\".migrate_version", Integer.class)).isEqualTo(3);
			// the Java changeset of db.migrate ran in each schema
			jdbc.update("INSERT INTO \"tenant_c\".page (id, title, content, slug) VALUES (1, 'Home', 'Welcome', 'home')");
			assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"))
				.as("the application's own schema is not the fleet's")
				.isEmpty();
		});
	}

	@Test
	void aQueryListsTheFleetsSchemasAndTheSettingsOfMigrateApplyToEach() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:fleetquery;INIT=CREATE SCHEMA IF NOT EXISTS \"t_one\"\\;"
					+ "CREATE SCHEMA IF NOT EXISTS \"t_two\"",
					"migrate.fleet.query=SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 't\\_%' "
							+ "ORDER BY 1",
					"migrate.target=2", "migrate.fleet.parallelism=1")
			.run((context) -> {
				FleetResult result = context.getBean(MigrateFleetInitializer.class).getResult();
				assertThat(result.targets()).extracting((target) -> target.schema()).containsExactly("t_one", "t_two");
				assertThat(result.countsByVersion()).isEqualTo(Map.of(2, 2));
				assertThat(context.getBean(MigrateFleet.class).parallelism()).isEqualTo(1);
			});
	}

	@Test
	void aMigrateFleetBeanOfTheUsersIsMigrated() {
		this.contextRunner.withUserConfiguration(UserFleetConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MigrateFleet.class).doesNotHaveBean(MigrateInitializer.class);
			assertThat(context.getBean(MigrateFleet.class)).isSameAs(context.getBean(UserFleetConfiguration.class).fleet);
			assertThat(context.getBean(MigrateFleetInitializer.class).getResult().countsByVersion())
				.isEqualTo(Map.of(3, 2));
		});
	}

	@Test
	void aRepositoryOfMigrateRepositoriesMigratesAsUsualBesideTheFleet() {
		String salesUrl = "jdbc:h2:mem:fleetsales" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000)
				+ ";DB_CLOSE_DELAY=-1";
		this.contextRunner
			.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b", "migrate.repositories.sales.url=" + salesUrl,
					"migrate.repositories.sales.location=classpath:repositories/orders",
					"migrate.repositories.sales.java-package=")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanNamesForType(MigrateInitializer.class)).containsExactly("salesMigrateInitializer");
				assertThat(context.getBean("salesMigrate", Migrate.class).dbVersion()).isEqualTo(2);
				assertThat(context.getBean(MigrateFleetInitializer.class).getMigrate())
					.isSameAs(context.getBean("migrate", Migrate.class));
				ContextDescriptor descriptor = context.getBean(MigrateEndpoint.class).repositories().contexts()
					.get(context.getId());
				assertThat(descriptor.repositories()).containsOnlyKeys("sales");
				assertThat(descriptor.fleets()).containsOnlyKeys("cms");
			});
	}

	@Test
	void withoutAFleetTheOneSchemaIsMigratedAsBefore() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MigrateInitializer.class)
			.doesNotHaveBean(MigrateFleet.class)
			.doesNotHaveBean(MigrateFleetInitializer.class)
			.doesNotHaveBean(MigrateFleetHealthIndicator.class));
	}

	@Test
	void aMigrationStrategyDoesNotRunForAFleet() {
		this.contextRunner.withPropertyValues("migrate.fleet.schemas=tenant_a")
			.withBean(MigrationStrategy.class, () -> (migrate) -> {
				throw new IllegalStateException("not for a fleet");
			})
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(MigrateFleetInitializer.class));
	}

	@Test
	void aFailedSchemaStopsStartupOnceTheOthersRan() {
		this.contextRunner
			.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b", "migrate.location=classpath:repositories/broken",
					"migrate.java-package=")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().isInstanceOf(FleetFailedException.class);
				FleetFailedException failure = (FleetFailedException) rootCause(context.getStartupFailure());
				assertThat(failure.result().failures()).hasSize(2);
				assertThat(failure.getMessage()).contains("2 of 2 schemas of the fleet of repository 'migrate' failed to "
						+ "upgrade to version 2:\n- schema 'tenant_a' (left at version 1): The upgrade of version 2 failed "
						+ "in 002_add_slug_default_upgrade.sql");
			});
	}

	@Test
	void aFleetPropertyTheEngineRefusesIsReportedUnderItsName() {
		this.contextRunner.withPropertyValues("migrate.fleet.schemas=tenant_a", "migrate.fleet.parallelism=0")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(causeOf(context.getStartupFailure(), InvalidMigratePropertyException.class))
					.hasMessage("Invalid value '0' for property 'migrate.fleet.parallelism': must be 1 or more");
			});
	}

	@Test
	void theEndpointShowsTheFleetGroupedAndNotTheSchemaItsMigrateIsConfiguredWith() {
		this.contextRunner.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b,tenant_c").run((context) -> {
			ContextDescriptor descriptor = context.getBean(MigrateEndpoint.class).repositories().contexts()
				.get(context.getId());
			assertThat(descriptor.repositories()).isEmpty();
			FleetDescriptor fleet = descriptor.fleets().get("cms");
			assertThat(fleet.version()).isEqualTo(3);
			assertThat(fleet.schemas()).isEqualTo(3);
			assertThat(fleet.states()).isEqualTo(Map.of("MIGRATED", 3, "CURRENT", 0, "FAILED", 0, "NOT_RUN", 0));
			assertThat(fleet.dbVersions()).isEqualTo(Map.of(3, 3));
			assertThat(fleet.failures()).isEmpty();
			assertThat(fleet.notRun()).isEmpty();
		});
	}

	@Test
	void healthHasOneComponentForTheFleet() {
		this.contextRunner.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b").run((context) -> {
			Health health = context.getBean(MigrateFleetHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			@SuppressWarnings("unchecked")
			Map<String, Object> cms = (Map<String, Object>) health.getDetails().get("cms");
			assertThat(cms).containsEntry("schemas", 2).containsEntry("version", 3).containsEntry("dbVersions", Map.of(3, 2));
			assertThat(context.getBean(MigrateHealthIndicator.class).health().getDetails())
				.as("the fleet's Migrate is the fleet's component, not the schema it is configured with")
				.isEmpty();
		});
	}

	@Test
	void healthIsDownWhenASchemaFailed() {
		Migrate migrate = new Migrate(dev.migrate.core.MigrateConfig.builder()
			.dataSource(new org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder().generateUniqueName(true)
				.setType(org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType.H2)
				.build())
			.location("classpath:repositories/broken")
			.javaPackage("")
			.build());
		MigrateFleetInitializer initializer = new MigrateFleetInitializer(migrate, MigrateFleet.of("tenant_x"));
		assertThat(new MigrateFleetHealthIndicator(Map.of("fleet", initializer)).health().getStatus())
			.isEqualTo(Status.UNKNOWN);
		try {
			initializer.afterPropertiesSet();
		}
		catch (FleetFailedException ex) {
			// what startup would fail with; the health reads the result
		}
		Health health = new MigrateFleetHealthIndicator(Map.of("fleet", initializer)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		@SuppressWarnings("unchecked")
		Map<String, Object> fleet = (Map<String, Object>) health.getDetails().get("migrate");
		assertThat(fleet).containsEntry("status", "DOWN");
		assertThat(fleet.get("failures").toString()).contains("tenant_x=The upgrade of version 2 failed");
	}

	@Test
	void everyDefaultOfThePropertiesIsTheEngines() {
		MigrateFleetProperties properties = new MigrateFleetProperties();
		MigrateFleet engine = MigrateFleet.of("a");
		assertThat(properties.getParallelism()).isEqualTo(engine.parallelism());
		assertThat(properties.isFailFast()).isEqualTo(engine.failFast());
		assertThat(properties.getProgressInterval()).isEqualTo(engine.progressInterval());
		assertThat(properties.getSchemas()).isEmpty();
		assertThat(properties.getQuery()).isNull();
	}

	private static Throwable causeOf(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in the causes of " + failure);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFleetConfiguration {

		final MigrateFleet fleet = MigrateFleet.of("tenant_x", "tenant_y");

		@Bean
		MigrateFleet tenants() {
			return this.fleet;
		}

	}

}

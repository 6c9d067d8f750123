package dev.migrate.autoconfigure.model;

import java.time.Duration;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.RepositoryDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrateEndpointAutoConfiguration;
import dev.migrate.autoconfigure.model.MigrateModelCheckAutoConfigurationTests.DriftEntities;
import dev.migrate.autoconfigure.model.MigrateModelCheckAutoConfigurationTests.MatchingEntities;
import dev.migrate.core.Migrate;
import dev.migrate.core.ModelDriftException;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.model-check} on each database, with real entities and the application's own Hibernate
 * bootstrap: entities that match the migrated schema give no difference, a field no changeset adds gives
 * exactly one, and {@code /actuator/migrate} shows what was found.
 */
class ModelCheckDatabaseTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void entitiesThatMatchTheMigratedSchemaStartWithFail(String kind) {
		try (TestDatabase database = database(kind)) {
			runner(database).withUserConfiguration(MatchingEntities.class)
				.withPropertyValues("migrate.model-check=fail")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					Migrate migrate = context.getBean(Migrate.class);
					assertThat(context.getBean(MigrateModelCheck.class).getDifferences(migrate)).isEmpty();
					assertThat(repository(context).modelDiff()).isEmpty();
				});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void aFieldNoChangesetAddsIsTheOneDifferenceWhichTheEndpointShows(String kind) {
		try (TestDatabase database = database(kind)) {
			runner(database).withUserConfiguration(DriftEntities.class).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(repository(context).modelDiff()).as("not computed before the application is ready").isNull();
				MigrateModelCheckAutoConfigurationTests.ready(context);
				context.getBean(ModelCheckRunner.class).join(Duration.ofMinutes(1));
				assertThat(repository(context).modelDiff()).singleElement()
					.asString()
					.startsWithIgnoringCase("table \"article\": column \"summary\" ")
					.contains("200")
					.endsWith("is in the model, not in the database (addColumn)");
			});
			runner(database).withUserConfiguration(DriftEntities.class)
				.withPropertyValues("migrate.model-check=fail")
				.run((context) -> assertThat(context).getFailure().isInstanceOf(ModelDriftException.class));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void theEndpointShowsNoDiffWhenTheCheckIsOff(String kind) {
		try (TestDatabase database = database(kind)) {
			runner(database).withUserConfiguration(DriftEntities.class)
				.withPropertyValues("migrate.model-check=off")
				.run((context) -> {
					MigrateModelCheckAutoConfigurationTests.ready(context);
					assertThat(repository(context).modelDiff()).isNull();
				});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void hibernatesOwnValidationFailingIsAnalysedWithTheGoalsThatListAndRemoveTheDifferences(String kind) {
		try (TestDatabase database = database(kind)) {
			runner(database).withUserConfiguration(DriftEntities.class)
				.withPropertyValues("migrate.model-check=off", "spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> {
					assertThat(context).hasFailed();
					FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
					assertThat(analysis).isNotNull();
					assertThat(analysis.getDescription())
						.startsWith("Hibernate's schema validation (spring.jpa.hibernate.ddl-auto=validate) found the "
								+ "migrated database is not what the JPA entities map: Schema validation: missing column")
						.containsIgnoringCase("summary")
						.endsWith("Hibernate names the first difference it finds; mvn migrate:diff lists them all.");
					assertThat(analysis.getAction()).contains("mvn migrate:generate -Dmigrate.description=")
						.endsWith("Or change the entities to match the database.");
				});
		}
	}

	@Test
	void otherStartupFailuresAreLeftToTheirOwnAnalyzers() {
		assertThat(new SchemaValidationFailureAnalyzer().analyze(new IllegalStateException("no", new RuntimeException())))
			.isNull();
	}

	private static ApplicationContextRunner runner(TestDatabase database) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					TransactionAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					MigrateAutoConfiguration.class, MigrateModelCheckAutoConfiguration.class,
					MigrateEndpointAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password(),
					"migrate.location=classpath:repositories/model", "migrate.java-package=",
					"migrate.repository-id=model", "management.endpoints.web.exposure.include=migrate");
	}

	private static RepositoryDescriptor repository(AssertableApplicationContext context) {
		return context.getBean(MigrateEndpoint.class)
			.repositories()
			.contexts()
			.get(context.getId())
			.repositories()
			.get("model");
	}

	private static TestDatabase database(String kind) {
		return switch (kind) {
			case "postgresql" -> PostgresContractTests.database(ModelCheckDatabaseTests.class);
			case "mariadb" -> MariaDbContractTests.database(ModelCheckDatabaseTests.class);
			default -> H2ContractTests.database(ModelCheckDatabaseTests.class);
		};
	}

}

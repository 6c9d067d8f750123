package dev.migrate.sample;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The CMS's entities against the schema its repository migrates to give no difference: the application
 * starts with {@code migrate.model-check=fail}, and {@code /actuator/migrate} shows an empty
 * {@code modelDiff}, on each database the sample runs on: H2, PostgreSQL and MariaDB. Without the {@code postgres} profile's mapping of PostgreSQL's
 * case-insensitive index, that index is the difference that stops startup. Version 5, which makes H2's
 * content what the entity maps, round-trips.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql", "mariadb" })
	void theEntitiesMatchTheMigratedSchema(String kind) {
		try (TestDatabase database = database(kind);
				ConfigurableApplicationContext context = start(database, "migrate.model-check=fail",
						"spring.profiles.active=" + (kind.equals("postgresql") ? "postgres" : "default"))) {
			String migrate = RestClient.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"))
				.get()
				.uri("/actuator/migrate")
				.retrieve()
				.body(String.class);
			assertThat((Integer) JsonPath.read(migrate, "$.contexts.cms.repositories.cms.dbVersion")).isEqualTo(5);
			assertThat((List<String>) JsonPath.read(migrate, "$.contexts.cms.repositories.cms.modelDiff")).isEmpty();
		}
	}

	@Test
	void withoutThePostgresProfilesMappingTheCaseInsensitiveIndexStopsStartupAsTheOneDifference(CapturedOutput output) {
		try (TestDatabase database = database("postgresql")) {
			assertThatException().isThrownBy(() -> start(database, "migrate.model-check=fail").close());
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The database (repository 'cms') differs from the JPA model in 2 ways:")
				.contains("table \"tag\": unique constraint (name) is in the model, not in the database (addConstraint)")
				.contains("table \"tag\": index \"ix_tag_name_lower\" (lower((name)::text)) unique is in the database, "
						+ "not in the model (dropIndex)")
				.contains("mvn migrate:generate -Dmigrate.description=");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql", "mariadb" })
	void version5RoundTripsOnEachDatabase(String kind) {
		try (TestDatabase database = database(kind)) {
			Migrate migrate = new Migrate(MigrateConfig.builder().dataSource(database.dataSource()).build());
			// versions 1 to 4 round-trip on PostgreSQL (CmsApplicationTests); on H2, version 4's downgrade names
			// the primary key of the table it creates again, which the baseline left to H2
			migrate.upgrade(4);
			RoundTripResult result = migrate.test();
			assertThat(result.tested()).containsExactly(5);
			assertThat(result.dbVersion()).isEqualTo(5);
		}
	}

	private static TestDatabase database(String kind) {
		return switch (kind) {
			case "postgresql" -> PostgresContractTests.database(ModelCheckTests.class);
			case "mariadb" -> MariaDbContractTests.database(ModelCheckTests.class);
			default -> H2ContractTests.database(ModelCheckTests.class);
		};
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String... properties) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
				"--server.port=0"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(SampleApplication.class).run(arguments.toArray(String[]::new));
	}

}

package dev.migrate.autoconfigure.app;

import java.util.List;

import dev.migrate.autoconfigure.entities.Page;
import dev.migrate.autoconfigure.entities.Tag;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A whole application on a real PostgreSQL, as a user runs it: the schema is migrated before Hibernate
 * validates the entities, {@code /actuator/migrate} and {@code /actuator/health/migrate} answer over
 * HTTP, and a failing changeset stops startup with the failure analyzer's report.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateApplicationTests {

	private final ActuatorClient actuator = new ActuatorClient();

	@Test
	void migratesBeforeHibernateValidatesAndReportsOverHttp() throws Exception {
		try (TestDatabase database = PostgresContractTests.database(getClass());
				ConfigurableApplicationContext context = application(database, WebApplicationType.SERVLET,
						"spring.jpa.hibernate.ddl-auto=validate", "server.port=0",
						"management.endpoints.web.exposure.include=health,migrate",
						"management.endpoint.health.show-details=always")
					.run()) {
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			entityManager.getTransaction().begin();
			entityManager.persist(new Page(1L, "Home", "Welcome", "home"));
			entityManager.persist(new Tag(1L, "news"));
			entityManager.getTransaction().commit();
			entityManager.close();
			assertThat(database.query("SELECT slug FROM page")).containsExactly("home");

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JsonNode migrate = this.actuator.get(port, "/actuator/migrate");
			JsonNode contexts = migrate.get("contexts");
			assertThat(contexts.propertyNames()).containsExactly(context.getId());
			JsonNode application = contexts.get(context.getId());
			assertThat(application.has("parentId")).isTrue();
			assertThat(application.get("parentId").isNull()).isTrue();
			JsonNode cms = application.get("repositories").get("cms");
			assertThat(cms.propertyNames()).containsExactly("version", "dbVersion", "dirty", "pending", "future", "changesets",
					"modelDiff");
			assertThat(cms.get("version").asInt()).isEqualTo(3);
			assertThat(cms.get("dbVersion").asInt()).isEqualTo(3);
			assertThat(cms.get("dirty").asBoolean()).isFalse();
			assertThat(cms.get("pending").isEmpty()).isTrue();
			JsonNode first = cms.get("changesets").get(0);
			assertThat(first.propertyNames()).containsExactly("version", "description", "type", "checksum", "state",
					"appliedBy", "appliedAt", "executionTimeMs", "downgradeRecorded");
			assertThat(first.get("version").asInt()).isEqualTo(1);
			assertThat(first.get("description").asString()).isEqualTo("add ctime to page");
			assertThat(first.get("type").asString()).isEqualTo("SQL");
			assertThat(first.get("state").asString()).isEqualTo("APPLIED");
			assertThat(first.get("checksum").asString()).isNotBlank();
			assertThat(first.get("appliedBy").asString()).isEqualTo(database.user());
			assertThat(first.get("appliedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
			assertThat(first.get("executionTimeMs").isIntegralNumber()).isTrue();
			JsonNode java = cms.get("changesets").get(2);
			assertThat(java.get("type").asString()).isEqualTo("JAVA");
			assertThat(java.get("checksum").isNull()).as("a Java changeset has no checksum, written as null").isTrue();

			JsonNode health = this.actuator.get(port, "/actuator/health/migrate");
			assertThat(health.get("status").asString()).isEqualTo("UP");
			assertThat(health.get("details").get("cms").get("dbVersion").asInt()).isEqualTo(3);
		}
	}

	@Test
	void noPasswordReachesTheEndpointTheHealthOrTheLogs(CapturedOutput output) throws Exception {
		String secret = "Pw-" + Long.toHexString(System.nanoTime());
		try (TestDatabase database = PostgresContractTests.database(getClass());
				ConfigurableApplicationContext context = application(database, WebApplicationType.SERVLET,
						"spring.datasource.url=" + database.url() + "&password=" + secret,
						"spring.datasource.password=" + secret, "server.port=0",
						"management.endpoints.web.exposure.include=health,migrate",
						"management.endpoint.health.show-details=always")
					.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(this.actuator.get(port, "/actuator/migrate").toString()).contains("\"dbVersion\":3").doesNotContain(secret);
			assertThat(this.actuator.get(port, "/actuator/health").toString()).contains("\"migrate\"").doesNotContain(secret);
			assertThat(output).contains("Upgrading repository 'cms' from version 0 to 3 on PostgreSQL")
				.contains("password=***")
				.doesNotContain(secret);
		}
	}

	@Test
	void aFailingChangesetStopsStartupWithTheAnalyzersReport(CapturedOutput output) {
		try (TestDatabase database = PostgresContractTests.database(getClass())) {
			SpringApplicationBuilder application = application(database, WebApplicationType.NONE,
					"migrate.location=classpath:repositories/broken", "migrate.java-package=");
			assertThatException().isThrownBy(application::run);
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The upgrade of version 2 failed.")
				.contains("Changeset: 002_add_slug_default_upgrade.sql, line 2")
				.contains("Statement: ALTER TABLE no_such_table ADD COLUMN slug VARCHAR(100)")
				.contains("Database message: ERROR: relation \"no_such_table\" does not exist")
				.contains("Nothing of version 2 was kept: the database is still at version 1");
			// PostgreSQL's DDL is transactional: version 1 stays, nothing of version 2 does
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("1");
			assertThat(database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
					+ database.schema() + "' AND table_name = 'page'")).hasSize(1);
		}
	}

	private static SpringApplicationBuilder application(TestDatabase database, WebApplicationType type,
			String... properties) {
		List<String> all = new java.util.ArrayList<>(List.of("spring.datasource.url=" + database.url(),
				"spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password(),
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(Application.class).web(type).properties(all.toArray(String[]::new));
	}


	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Page.class)
	static class Application {

	}

}

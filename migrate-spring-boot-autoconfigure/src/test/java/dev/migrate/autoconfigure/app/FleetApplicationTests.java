package dev.migrate.autoconfigure.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application whose tenants are schemas of one PostgreSQL database, named by {@code migrate.fleet.schemas}:
 * every schema is migrated at startup on the Hikari pool, {@code /actuator/migrate} and
 * {@code /actuator/health/migrateFleet} report the fleet over HTTP, and a tenant whose changeset fails stops
 * startup with the failure analyzer's report once the others are migrated.
 */
@ExtendWith(OutputCaptureExtension.class)
class FleetApplicationTests {

	private static final int TENANTS = 12;

	private final ActuatorClient actuator = new ActuatorClient();

	private final List<TestDatabase> tenants = new ArrayList<>();

	private String prefix;

	@BeforeEach
	void createTenants() {
		this.prefix = TestDatabase.uniqueName(getClass());
		TestServers.Server server = TestServers.postgresql();
		for (int index = 0; index < TENANTS; index++) {
			String name = this.prefix + String.format(Locale.ROOT, "_%02d", index);
			TestDatabase.executeOn(server.url(), server.user(), server.password(), "CREATE SCHEMA " + name);
			this.tenants.add(new TestDatabase(name, TestDatabase.withParameter(server.url(), "currentSchema=" + name),
					server.user(), server.password(), name, "postgresql", (database) -> TestDatabase
						.executeOn(server.url(), server.user(), server.password(), "DROP SCHEMA IF EXISTS " + name + " CASCADE")));
		}
	}

	@AfterEach
	void dropTenants() {
		this.tenants.forEach(TestDatabase::close);
	}

	@Test
	void migratesEveryTenantAtStartupAndReportsTheFleetOverHttp(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = application(WebApplicationType.SERVLET, "server.port=0",
				"management.endpoints.web.exposure.include=health,migrate",
				"management.endpoint.health.show-details=always")
			.run()) {
			for (TestDatabase tenant : this.tenants) {
				assertThat(tenant.query("SELECT version FROM migrate_version")).as(tenant.name()).containsExactly("3");
			}
			assertThat(output).contains("Fleet of repository 'cms': " + TENANTS + " schemas to version 3, 0 current (checked 50 "
					+ "a query, no lock), " + TENANTS + " to upgrade 9 at a time")
				.contains("Fleet of repository 'cms': " + TENANTS + " schemas, " + TENANTS + " migrated, 0 already current, "
						+ "0 failed; by db version {3=" + TENANTS + "}");
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JsonNode application = this.actuator.get(port, "/actuator/migrate").get("contexts").get(context.getId());
			assertThat(application.get("repositories").isEmpty()).isTrue();
			JsonNode fleet = application.get("fleets").get("cms");
			assertThat(fleet.propertyNames()).containsExactly("version", "schemas", "states", "dbVersions", "failures",
					"notRun", "elapsedMs");
			assertThat(fleet.get("schemas").asInt()).isEqualTo(TENANTS);
			assertThat(fleet.get("states").get("MIGRATED").asInt()).isEqualTo(TENANTS);
			assertThat(fleet.get("dbVersions").get("3").asInt()).isEqualTo(TENANTS);
			assertThat(fleet.get("failures").isEmpty()).isTrue();
			JsonNode health = this.actuator.get(port, "/actuator/health/migrateFleet");
			assertThat(health.get("status").asString()).isEqualTo("UP");
			assertThat(health.get("details").get("cms").get("dbVersions").get("3").asInt()).isEqualTo(TENANTS);
		}
		try (ConfigurableApplicationContext context = application(WebApplicationType.NONE).run()) {
			assertThat(output).contains("Fleet of repository 'cms': " + TENANTS + " schemas to version 3, all current (checked 50 "
					+ "a query, no lock)");
		}
	}

	@Test
	void aTenantWhoseChangesetFailsStopsStartupWithTheAnalyzersReport(CapturedOutput output) {
		application(WebApplicationType.NONE, "migrate.target=1").run().close();
		TestDatabase broken = this.tenants.get(5);
		broken.execute("CREATE TABLE tag (id BIGINT PRIMARY KEY)");
		assertThatException().isThrownBy(application(WebApplicationType.NONE)::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("1 of " + TENANTS + " schemas of the fleet of repository 'cms' failed to upgrade to version 3; the "
					+ "others were migrated.")
			.contains("Schema: " + broken.name() + " (left at version 1)")
			.contains("Failure: The upgrade of version 2 failed in 002_create_tag_default_upgrade.sql")
			.contains("relation \"tag\" already exists")
			.contains("Fix each schema as its failure says");
		assertThat(broken.query("SELECT version FROM migrate_version")).containsExactly("1");
		assertThat(this.tenants.get(6).query("SELECT version FROM migrate_version")).containsExactly("3");
	}

	private SpringApplicationBuilder application(WebApplicationType type, String... properties) {
		TestServers.Server server = TestServers.postgresql();
		List<String> schemas = this.tenants.stream().map(TestDatabase::name).toList();
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + server.url(),
				"spring.datasource.username=" + server.user(), "spring.datasource.password=" + server.password(),
				"spring.main.banner-mode=off", "spring.jpa.hibernate.ddl-auto=none",
				"migrate.fleet.schemas=" + String.join(",", schemas)));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(Application.class).web(type).properties(all.toArray(String[]::new));
	}


	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}

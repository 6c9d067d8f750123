package dev.migrate.sample;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The seed's story on a real PostgreSQL: a new database, the production database made by hand before
 * version control, a downgrade to the baseline and back, and the round trip of the whole repository.
 */
@ExtendWith(OutputCaptureExtension.class)
class CmsApplicationTests {

	private TestDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = PostgresContractTests.database(getClass());
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void emptyDatabaseReachesTheLatestVersionAndTheEndpointTellsIt() {
		try (ConfigurableApplicationContext context = start()) {
			RestClient http = http(context);
			String migrate = http.get().uri("/actuator/migrate").retrieve().body(String.class);
			String repository = "$.contexts.cms.repositories.cms";
			assertThat((Integer) JsonPath.read(migrate, repository + ".version")).isEqualTo(5);
			assertThat((Integer) JsonPath.read(migrate, repository + ".dbVersion")).isEqualTo(5);
			assertThat((Boolean) JsonPath.read(migrate, repository + ".dirty")).isFalse();
			assertThat((List<Object>) JsonPath.read(migrate, repository + ".pending")).isEmpty();
			assertThat((List<String>) JsonPath.read(migrate, repository + ".changesets[*].description"))
				.containsExactly("add ctime to page", "add created by to page", "add tags", "drop actor", "content as clob");
			assertThat((List<String>) JsonPath.read(migrate, repository + ".changesets[*].type"))
				.containsExactly("JAVA", "JAVA", "SQL", "JAVA", "SQL");
			assertThat((List<String>) JsonPath.read(migrate, repository + ".changesets[*].state")).containsOnly("APPLIED");
			String health = http.get().uri("/actuator/health/migrate").retrieve().body(String.class);
			assertThat((String) JsonPath.read(health, "$.status")).isEqualTo("UP");

			String created = http.post()
				.uri("/pages")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("title", "Hello", "content", "First page", "createdBy", "karol", "tags",
						List.of("news", "migrate")))
				.retrieve()
				.body(String.class);
			assertThat((String) JsonPath.read(created, "$.createdBy")).isEqualTo("karol");
			assertThat((String) JsonPath.read(created, "$.ctime")).isNotBlank();
			String pages = http.get().uri("/pages").retrieve().body(String.class);
			assertThat((List<String>) JsonPath.read(pages, "$[0].tags")).containsExactly("migrate", "news");
		}
	}

	@Test
	void productionDatabaseMadeByHandIsAdoptedAtTheBaselineAndUpgraded() {
		createProductionDatabaseByHand();
		try (ConfigurableApplicationContext context = start("migrate.baseline.on-existing-schema=true")) {
			assertThat(this.database.query("SELECT version FROM migrate_version WHERE repository_id = 'cms'"))
				.containsExactly("5");
			assertThat(this.database.query("SELECT direction || ' ' || version FROM migrate_history ORDER BY id"))
				.containsExactly("stamp 0", "upgrade 1", "upgrade 2", "upgrade 3", "upgrade 4", "upgrade 5");
			assertThat(this.database.query("SELECT title FROM page ORDER BY id")).containsExactly("Welcome", "About");
			assertThat(this.database.query("SELECT COUNT(*) FROM page WHERE ctime IS NULL")).containsExactly("0");
			assertThat(this.database.query("SELECT login FROM users")).containsExactly("wolverine");
			String pages = http(context).get().uri("/pages").retrieve().body(String.class);
			assertThat((List<String>) JsonPath.read(pages, "$[*].title")).containsExactly("Welcome", "About");
		}
	}

	@Test
	void downgradeToTheBaselineAndUpgradeAgainKeepsTheRowsOfTheBaselineTables() {
		createProductionDatabaseByHand();
		Migrate migrate = new Migrate(engineConfig().baselineOnExistingSchema(true).build());
		migrate.upgrade();
		assertThat(migrate.downgrade(0).runs()).hasSize(5);
		assertThat(this.database.query("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
				+ this.database.schema() + "' AND table_name = 'page' ORDER BY ordinal_position"))
			.containsExactly("id", "title", "content");
		assertThat(this.database.query("SELECT title FROM page ORDER BY id")).containsExactly("Welcome", "About");
		assertThat(migrate.upgrade().toVersion()).isEqualTo(5);
		assertThat(this.database.query("SELECT title FROM page ORDER BY id")).containsExactly("Welcome", "About");
		assertThat(this.database.query("SELECT COUNT(*) FROM page WHERE ctime IS NULL")).containsExactly("0");
		assertThat(this.database.query("SELECT login FROM users")).containsExactly("wolverine");
	}

	@Test
	void everyDowngradeUndoesItsUpgrade() {
		RoundTripResult result = new Migrate(engineConfig().build()).test();
		assertThat(result.tested()).containsExactly(1, 2, 3, 4, 5);
		assertThat(result.dbVersion()).isEqualTo(5);
	}

	@Test
	void productionDatabaseWithoutOnExistingSchemaStopsStartupWithAdviceAndStaysAsItIs(CapturedOutput output) {
		createProductionDatabaseByHand();
		List<String> tablesBefore = tables();
		assertThatException().isThrownBy(this::start);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("is not empty (tables: actor, page, users) but is not under version control for repository 'cms'")
			.contains("migrate.baseline.on-existing-schema=true");
		assertThat(tables()).isEqualTo(tablesBefore).doesNotContain("migrate_version", "migrate_history");
		assertThat(this.database.query("SELECT title FROM page ORDER BY id")).containsExactly("Welcome", "About");
	}

	/** The schema of version 0 as production has it: made by hand, with rows, before any version control. */
	private void createProductionDatabaseByHand() {
		this.database.execute("CREATE TABLE page (id SERIAL PRIMARY KEY, title VARCHAR(100), content TEXT NOT NULL)",
				"CREATE TABLE users (id SERIAL PRIMARY KEY, login VARCHAR(30) NOT NULL UNIQUE)",
				"CREATE TABLE actor (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL)",
				"INSERT INTO page (title, content) VALUES ('Welcome', 'Hello'), ('About', 'Us')",
				"INSERT INTO users (login) VALUES ('wolverine')");
	}

	private List<String> tables() {
		return this.database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
				+ this.database.schema() + "' ORDER BY 1");
	}

	private MigrateConfig.Builder engineConfig() {
		return MigrateConfig.builder().dataSource(this.database.dataSource());
	}

	/** Starts the application on the test's database; arguments win over application.yml, as on a command line. */
	private ConfigurableApplicationContext start(String... properties) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + this.database.url(),
				"--spring.datasource.username=" + this.database.user(),
				"--spring.datasource.password=" + this.database.password(), "--server.port=0"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(SampleApplication.class).run(arguments.toArray(String[]::new));
	}

	private static RestClient http(ConfigurableApplicationContext context) {
		return RestClient.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
	}

}

package dev.migrate.autoconfigure.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.app.newer.V004_AddSummaryToPage;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.autoconfigure.entities.Page;
import dev.migrate.autoconfigure.entities.Tag;
import dev.migrate.autoconfigure.health.MigrateHealthIndicator;
import dev.migrate.autoconfigure.metrics.MigrateMetrics;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A release that went wrong, and the previous one redeployed: release B (the test repository's versions
 * 1 to 3, then 4 in Java on the changeset API and 5 in SQL, which renames a column A's entities map)
 * migrated the database; release A, the application with the entities of 1 to 3, starts against it. The
 * downgrades it runs are timed as any other changeset run.
 */
@ExtendWith(OutputCaptureExtension.class)
class OlderReleaseTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void releaseAStartsWithDowngradeLandsAtItsVersionWithItsDataAndHibernateValidates(String kind) throws IOException {
		try (TestDatabase database = database(kind)) {
			Migrate releaseB = releaseB(database);
			releaseB.upgrade(3);
			database.execute("INSERT INTO tag (id, name) VALUES (1, 'news')");
			assertThat(releaseB.upgrade().toVersion()).isEqualTo(5);
			assertThat(database.query("SELECT label FROM tag")).containsExactly("news");
			try (ConfigurableApplicationContext context = releaseA(database, "migrate.on-newer-database=downgrade",
					"spring.jpa.hibernate.ddl-auto=validate").run()) {
				assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("3");
				EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
				assertThat(entityManager.find(Tag.class, 1L).getName()).isEqualTo("news");
				entityManager.getTransaction().begin();
				entityManager.persist(new Page(1L, "Home", "Welcome", "home"));
				entityManager.getTransaction().commit();
				entityManager.close();
				assertThat(context.getBean(MigrateHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String version : List.of("5", "4")) {
					assertThat(registry.find(MigrateMetrics.CHANGESET_TIMER)
						.tags("repository", "cms", "version", version, "direction", "downgrade")
						.timer()).as("the timer of the downgrade of version " + version).isNotNull();
				}
			}
			assertThat(releaseB.upgrade().runs()).extracting("version").containsExactly(4, 5);
			assertThat(database.query("SELECT label FROM tag")).containsExactly("news");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void withFailReleaseARefusesToStartNamesTheWayBackAndChangesNothing(String kind, CapturedOutput output)
			throws IOException {
		try (TestDatabase database = database(kind)) {
			releaseB(database).upgrade();
			List<String> history = database.query("SELECT CONCAT(version, ' ', direction) FROM migrate_history ORDER BY id");
			assertThatException().isThrownBy(releaseA(database, "spring.jpa.hibernate.ddl-auto=validate")::run);
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The database is at version 5, but this release knows versions up to 3 only")
				.contains("migrate.on-newer-database=downgrade");
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("5");
			assertThat(database.query("SELECT CONCAT(version, ' ', direction) FROM migrate_history ORDER BY id"))
				.isEqualTo(history);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void withIgnoreReleaseAStartsAndItsHealthIsOutOfServiceWithTheFutureVersionsAndTheReason(String kind)
			throws IOException {
		try (TestDatabase database = database(kind)) {
			releaseB(database).upgrade();
			try (ConfigurableApplicationContext context = releaseA(database, "migrate.on-newer-database=ignore",
					"spring.jpa.hibernate.ddl-auto=none").run()) {
				assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("5");
				Health health = context.getBean(MigrateHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				@SuppressWarnings("unchecked")
				Map<String, Object> cms = (Map<String, Object>) health.getDetails().get("cms");
				assertThat(cms).containsEntry("future", List.of(4, 5));
				assertThat((String) cms.get("reason")).contains("at version 5")
					.contains("migrate.on-newer-database=ignore");
				MigrateEndpoint.RepositoryDescriptor endpoint = new MigrateEndpoint(context).repositories()
					.contexts()
					.get(context.getId())
					.repositories()
					.get("cms");
				assertThat(endpoint.future()).containsExactly(4, 5);
				assertThat(endpoint.changesets()).extracting(MigrateEndpoint.ChangesetDescriptor::state)
					.containsExactly("APPLIED", "APPLIED", "APPLIED", "FUTURE", "FUTURE");
				assertThat(endpoint.changesets().subList(3, 5))
					.extracting(MigrateEndpoint.ChangesetDescriptor::downgradeRecorded)
					.containsExactly(true, true);
			}
		}
	}

	private static TestDatabase database(String kind) {
		return switch (kind) {
			case "postgresql" -> PostgresContractTests.database(OlderReleaseTests.class);
			case "mariadb" -> MariaDbContractTests.database(OlderReleaseTests.class);
			default -> H2ContractTests.database(OlderReleaseTests.class);
		};
	}

	/** Release B through the engine: the test repository, then a Java version 4 and a SQL version 5. */
	private Migrate releaseB(TestDatabase database) throws IOException {
		Path releaseB = this.root.resolve("b");
		Path releaseA = new ClassPathResource("db/migrate").getFile().toPath();
		try (Stream<Path> files = Files.walk(releaseA)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = releaseB.resolve(releaseA.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		Files.writeString(releaseB.resolve("versions/005_rename_tag_name_default_upgrade.sql"),
				"ALTER TABLE tag RENAME COLUMN name TO label;\n");
		Files.writeString(releaseB.resolve("versions/005_rename_tag_name_default_downgrade.sql"),
				"ALTER TABLE tag RENAME COLUMN label TO name;\n");
		return new Migrate(MigrateConfig.builder()
			.dataSource(database.dataSource())
			.location("file:" + releaseB)
			.javaPackage("db.migrate")
			.javaChangesets(List.of(new V004_AddSummaryToPage()))
			.build());
	}

	/** Release A: the application with the test repository of versions 1 to 3 and its entities. */
	private static SpringApplicationBuilder releaseA(TestDatabase database, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + database.url(),
				"spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password(),
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Page.class)
	static class Application {

	}

}

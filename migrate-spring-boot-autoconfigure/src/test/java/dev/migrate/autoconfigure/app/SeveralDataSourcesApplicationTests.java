package dev.migrate.autoconfigure.app;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.entities.Page;
import dev.migrate.autoconfigure.entities.Tag;
import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application with two DataSources, as spring-boot#15732 asks: PostgreSQL, the primary one, with JPA
 * and the repository of {@code migrate.*}; MariaDB, a DataSource bean of the application's own, with the
 * repository of {@code migrate.repositories.orders.*}. Both are migrated before Hibernate validates the
 * entities and before a {@code @DependsOnDatabaseInitialization} bean reads the orders; the endpoint,
 * health and metrics show both; a failing changeset in the orders repository stops startup with a report
 * that names it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SeveralDataSourcesApplicationTests {

	private final ActuatorClient actuator = new ActuatorClient();

	@Test
	void bothRepositoriesMigrateBeforeJpaAndBothAreReported() throws Exception {
		try (TestDatabase postgres = PostgresContractTests.database(getClass());
				TestDatabase mariadb = MariaDbContractTests.database(getClass());
				ConfigurableApplicationContext context = application(postgres, mariadb, WebApplicationType.SERVLET,
						"migrate.repositories.orders.location=classpath:repositories/orders",
						"spring.jpa.hibernate.ddl-auto=validate", "server.port=0",
						"management.endpoints.web.exposure.include=health,migrate",
						"management.endpoint.health.show-details=always")
					.run()) {
			assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
				.contains("migrateInitializer", "ordersMigrateInitializer");
			assertThat(context.getBean(OrdersReader.class).orders()).isZero();
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			entityManager.getTransaction().begin();
			entityManager.persist(new Page(1L, "Home", "Welcome", "home"));
			entityManager.persist(new Tag(1L, "news"));
			entityManager.getTransaction().commit();
			entityManager.close();
			assertThat(postgres.query("SELECT slug FROM page")).containsExactly("home");
			assertThat(mariadb.query("SELECT version FROM migrate_version WHERE repository_id = 'orders'"))
				.containsExactly("2");
			assertThat(mariadb.columns("purchase_order")).contains("total");
			assertThat(postgres.query("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
					+ postgres.schema() + "' AND table_name = 'purchase_order'")).isEmpty();

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JsonNode repositories = this.actuator.get(port, "/actuator/migrate").get("contexts").get(context.getId())
				.get("repositories");
			assertThat(repositories.propertyNames()).containsExactlyInAnyOrder("cms", "orders");
			assertThat(repositories.get("cms").get("dbVersion").asInt()).isEqualTo(3);
			assertThat(repositories.get("orders").get("dbVersion").asInt()).isEqualTo(2);
			assertThat(repositories.get("orders").get("changesets").get(1).get("description").asString())
				.isEqualTo("add total to purchase order");

			JsonNode health = this.actuator.get(port, "/actuator/health/migrate");
			assertThat(health.get("status").asString()).isEqualTo("UP");
			assertThat(health.get("components").propertyNames()).containsExactlyInAnyOrder("cms", "orders");
			assertThat(health.get("components").get("cms").get("details").get("dbVersion").asInt()).isEqualTo(3);
			JsonNode orders = this.actuator.get(port, "/actuator/health/migrate/orders");
			assertThat(orders.get("status").asString()).isEqualTo("UP");
			assertThat(orders.get("details").get("dbVersion").asInt()).isEqualTo(2);
			assertThat(orders.get("details").get("target").asInt()).isEqualTo(2);

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("migrate.db.version").tag("repository", "orders").gauge().value()).isEqualTo(2);
			assertThat(registry.get("migrate.db.version").tag("repository", "cms").gauge().value()).isEqualTo(3);
			assertThat(registry.get("migrate.changeset").tag("repository", "orders").timers()).hasSize(2);
		}
	}

	@Test
	void aFailingChangesetInTheSecondRepositoryNamesThatRepository(CapturedOutput output) {
		try (TestDatabase postgres = PostgresContractTests.database(getClass());
				TestDatabase mariadb = MariaDbContractTests.database(getClass())) {
			SpringApplicationBuilder application = application(postgres, mariadb, WebApplicationType.NONE,
					"migrate.repositories.orders.location=classpath:repositories/orders-broken");
			assertThatException().isThrownBy(application::run);
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Repository 'orders' (migrate.repositories.orders.*): The upgrade of version 2 failed.")
				.contains("Changeset: 002_add_total_to_purchase_order_default_upgrade.sql, line 2")
				.contains("Statement: ALTER TABLE purchase_ordr ADD COLUMN total DECIMAL(10, 2)")
				.contains("purchase_ordr")
				.contains("add --migrate.command-repository=orders to run a command on this one alone");
			assertThat(mariadb.query("SELECT version FROM migrate_version WHERE repository_id = 'orders'"))
				.containsExactly("1");
		}
	}

	private static SpringApplicationBuilder application(TestDatabase postgres, TestDatabase mariadb,
			WebApplicationType type, String... properties) {
		List<String> all = new ArrayList<>(List.of("test.postgres.url=" + postgres.url(),
				"test.postgres.user=" + postgres.user(), "test.postgres.password=" + postgres.password(),
				"test.mariadb.url=" + mariadb.url(), "test.mariadb.user=" + mariadb.user(),
				"test.mariadb.password=" + mariadb.password(), "spring.main.banner-mode=off",
				"migrate.repositories.orders.data-source=ordersDataSource"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(Application.class).web(type).properties(all.toArray(String[]::new));
	}


	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Page.class)
	static class Application {

		@Bean
		@Primary
		DataSource dataSource(Environment environment) {
			return DataSourceBuilder.create()
				.url(environment.getRequiredProperty("test.postgres.url"))
				.username(environment.getRequiredProperty("test.postgres.user"))
				.password(environment.getRequiredProperty("test.postgres.password"))
				.build();
		}

		@Bean
		DataSource ordersDataSource(Environment environment) {
			return DataSourceBuilder.create()
				.url(environment.getRequiredProperty("test.mariadb.url"))
				.username(environment.getRequiredProperty("test.mariadb.user"))
				.password(environment.getRequiredProperty("test.mariadb.password"))
				.build();
		}

		@Bean
		@DependsOnDatabaseInitialization
		OrdersReader ordersReader(@Qualifier("ordersDataSource") DataSource ordersDataSource) {
			return new OrdersReader(new JdbcTemplate(ordersDataSource));
		}

	}

	/** Reads the orders when it is made: before their repository was migrated, the table is not there. */
	static final class OrdersReader {

		private final int orders;

		OrdersReader(JdbcTemplate jdbc) {
			Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE total IS NOT NULL",
					Integer.class);
			this.orders = (count != null) ? count : -1;
		}

		int orders() {
			return this.orders;
		}

	}

}

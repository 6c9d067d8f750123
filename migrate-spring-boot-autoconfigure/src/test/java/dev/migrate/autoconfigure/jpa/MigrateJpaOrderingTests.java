package dev.migrate.autoconfigure.jpa;

import java.util.List;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.entities.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initializer runs before the EntityManagerFactory, the JdbcTemplate and
 * {@code @DependsOnDatabaseInitialization} beans, so {@code ddl-auto=validate} sees the migrated schema.
 */
class MigrateJpaOrderingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class);

	@Test
	void hibernateValidatesTheMigratedSchema() {
		this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate").run((context) -> {
			assertThat(context).hasNotFailed();
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			entityManager.getTransaction().begin();
			entityManager.persist(new Page(1L, "Home", "Welcome", "home"));
			entityManager.getTransaction().commit();
			assertThat(entityManager.find(Page.class, 1L).getSlug()).isEqualTo("home");
			entityManager.close();
		});
	}

	@Test
	void beansThatReadTheSchemaDependOnTheInitializer() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
				.contains("migrateInitializer");
			assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
				.contains("migrateInitializer");
			assertThat(context.getBean(SchemaReader.class).tablesAtCreation).contains("PAGE", "TAG");
		});
	}

	@Test
	void hibernateLeavesAnEmbeddedDatabaseWeMigrateAlone() {
		this.contextRunner.run((context) -> assertThat(ddlAuto(context.getBean(LocalContainerEntityManagerFactoryBean.class)))
			.isEqualTo("none"));
		// without migrations, Hibernate would create and drop the embedded database's schema itself
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(ddlAuto(context.getBean(LocalContainerEntityManagerFactoryBean.class)))
				.isEqualTo("create-drop"));
	}

	private static Object ddlAuto(LocalContainerEntityManagerFactoryBean factory) {
		return factory.getJpaPropertyMap().getOrDefault("hibernate.hbm2ddl.auto", "none");
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Page.class)
	static class EntitiesConfiguration {

		@Bean
		@DependsOnDatabaseInitialization
		SchemaReader schemaReader(DataSource dataSource) {
			return new SchemaReader(dataSource);
		}

	}

	/** Reads the schema when it is created, as a cache warmed at startup would. */
	static class SchemaReader {

		final List<String> tablesAtCreation;

		SchemaReader(DataSource dataSource) {
			this.tablesAtCreation = new JdbcTemplate(dataSource).queryForList(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'", String.class);
		}

	}

}

package dev.migrate.autoconfigure;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.repositories.<name>.*}: one {@link Migrate} bean and one {@link MigrateInitializer} per
 * repository, each on its own DataSource, and what waits for them; the {@code migrate.*} repository as it
 * was. Each test's H2 databases are in memory and its own.
 */
class MigrateRepositoriesTests {

	private final String salesUrl = "jdbc:h2:mem:sales" + ThreadLocalRandom.current().nextInt(1_000_000)
			+ ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void eachRepositoryIsAMigrateBeanWithItsInitializerOnItsOwnDataSource() {
		this.contextRunner.withPropertyValues(sales()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeanNamesForType(Migrate.class)).containsExactlyInAnyOrder("migrate", "salesMigrate");
			assertThat(context.getBeanNamesForType(MigrateInitializer.class))
				.containsExactlyInAnyOrder("migrateInitializer", "salesMigrateInitializer");
			Migrate application = context.getBean("migrate", Migrate.class);
			Migrate sales = context.getBean("salesMigrate", Migrate.class);
			assertThat(application.config().dataSource()).isSameAs(context.getBean(DataSource.class));
			assertThat(((SimpleDriverDataSource) sales.config().dataSource()).getUrl()).isEqualTo(this.salesUrl);
			assertThat(application.dbVersion()).isEqualTo(3);
			assertThat(sales.dbVersion()).isEqualTo(2);
			assertThat(new JdbcTemplate(sales.config().dataSource()).queryForList(
					"SELECT repository_id FROM migrate_version", String.class))
				.containsExactly("orders");
			assertThat(context.getBean("salesMigrateInitializer", MigrateInitializer.class).getRepository())
				.isEqualTo("sales");
		});
	}

	@Test
	void aRepositoryMigratesTheDataSourceBeanItsDataSourceNames() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.repositories.sales.data-source=salesDataSource",
					"migrate.repositories.sales.location=classpath:repositories/orders")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("migrate", Migrate.class).config().dataSource())
					.isSameAs(context.getBean("mainDataSource"));
				Migrate sales = context.getBean("salesMigrate", Migrate.class);
				assertThat(sales.config().dataSource()).isSameAs(context.getBean("salesDataSource"));
				assertThat(sales.dbVersion()).isEqualTo(2);
			});
	}

	@Test
	void aDataSourceThatNamesNoBeanStopsStartupNamingThePropertyAndTheBeans() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.repositories.sales.data-source=salesDatasource",
					"migrate.repositories.sales.location=classpath:repositories/orders")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidMigratePropertyException.class)
					.hasMessage("Invalid value 'salesDatasource' for property 'migrate.repositories.sales.data-source': "
							+ "there is no DataSource bean of that name; the DataSource beans are mainDataSource, "
							+ "salesDataSource");
			});
	}

	@Test
	void anInvalidValueIsReportedWithTheRepositorysProperty() {
		this.contextRunner.withPropertyValues(sales("migrate.repositories.sales.target=two")).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessageStartingWith("Invalid value 'two' for property 'migrate.repositories.sales.target'");
		});
	}

	@Test
	void aRepositoryThatIsNotEnabledHasItsMigrateBeanButNoInitializer() {
		this.contextRunner.withPropertyValues(sales("migrate.repositories.sales.enabled=false")).run((context) -> {
			assertThat(context).hasBean("salesMigrate").doesNotHaveBean("salesMigrateInitializer");
			assertThat(context.getBean("salesMigrate", Migrate.class).status().underVersionControl()).isFalse();
			assertThat(context.getBean("migrate", Migrate.class).dbVersion()).isEqualTo(3);
		});
	}

	@Test
	void migrateEnabledFalseSwitchesOffEveryRepositoryThatDoesNotSayOtherwise() {
		this.contextRunner.withPropertyValues(sales("migrate.enabled=false"))
			.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
				.doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void onlyTheRepositoriesThatSayEnabledMigrateWhenMigrateEnabledIsFalse() {
		this.contextRunner.withPropertyValues(sales("migrate.enabled=false", "migrate.repositories.sales.enabled=true"))
			.run((context) -> {
				assertThat(context.getBeanNamesForType(Migrate.class)).containsExactly("salesMigrate");
				assertThat(context.getBeanNamesForType(MigrateInitializer.class))
					.containsExactly("salesMigrateInitializer");
				assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(2);
			});
	}

	@Test
	void theNameMigrateIsThatOfTheRepositoryOfMigrateProperties() {
		this.contextRunner.withPropertyValues("migrate.repositories.migrate.url=" + this.salesUrl).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessageContaining("'migrate.repositories.migrate'")
				.hasMessageContaining("give this repository another name");
		});
	}

	@Test
	void aRepositoryWithoutLocationReadsClasspathDbSlashItsName() {
		this.contextRunner.withPropertyValues("migrate.repositories.sales.url=" + this.salesUrl,
				"migrate.repositories.sales.enabled=false")
			.run((context) -> {
				assertThat(context.getBean("salesMigrate", Migrate.class).config().location())
					.isEqualTo("classpath:db/sales");
				assertThat(context.getBean("salesMigrate", Migrate.class).config().javaPackage()).isEmpty();
			});
	}

	@Test
	void theBeansThatReadASchemaWaitForEveryRepository() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
			.withPropertyValues(sales())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
					.contains("migrateInitializer", "salesMigrateInitializer");
			});
	}

	@Test
	void aCustomizerAppliesToEveryRepositoryOrToTheOneItsQualifierNames() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues(sales())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("migrate", Migrate.class).config().placeholders())
					.containsEntry("everyone", "yes")
					.doesNotContainKey("salesOnly");
				assertThat(context.getBean("salesMigrate", Migrate.class).config().placeholders())
					.containsEntry("everyone", "yes")
					.containsEntry("salesOnly", "yes");
			});
	}

	@Test
	void aStrategyQualifiedWithARepositorysNameIsThatRepositorysOwn() {
		this.contextRunner.withUserConfiguration(StrategyConfiguration.class).withPropertyValues(sales()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("migrate", Migrate.class).dbVersion()).isEqualTo(3);
			assertThat(context.getBean("salesMigrate", Migrate.class).dbVersion()).isEqualTo(1);
		});
	}

	@Test
	void aJavaChangesetBeanJoinsTheRepositoryItsQualifierNames() {
		this.contextRunner.withUserConfiguration(JavaChangesetConfiguration.class)
			.withPropertyValues(sales())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("migrate", Migrate.class).dbVersion()).isEqualTo(3);
				Migrate sales = context.getBean("salesMigrate", Migrate.class);
				assertThat(sales.dbVersion()).isEqualTo(3);
				assertThat(new JdbcTemplate(sales.config().dataSource())
					.queryForObject("SELECT customer FROM purchase_order WHERE id = 1", String.class)).isEqualTo("first");
			});
	}

	@Test
	void aFailureNamesTheRepositoryItHappenedIn() {
		this.contextRunner
			.withPropertyValues(sales("migrate.repositories.sales.location=classpath:repositories/orders-broken"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasCauseInstanceOf(MigrateRepositoryException.class);
				MigrateRepositoryException failure = (MigrateRepositoryException) context.getStartupFailure().getCause();
				assertThat(failure).cause().isInstanceOf(ChangesetFailedException.class);
				assertThat(failure.getRepository()).isEqualTo("sales");
				assertThat(failure.getPrefix()).isEqualTo("migrate.repositories.sales");
				assertThat(failure).hasMessageStartingWith("Repository 'sales' (migrate.repositories.sales.*): ");
			});
	}

	@Test
	void withoutRepositoriesNothingIsNamedAndNothingWrapped() {
		this.contextRunner.withPropertyValues("migrate.location=classpath:repositories/broken", "migrate.java-package=")
			.run((context) -> assertThat(context.getStartupFailure()).cause()
				.isInstanceOf(ChangesetFailedException.class));
	}

	private String[] sales(String... more) {
		List<String> properties = new java.util.ArrayList<>(List.of("migrate.repositories.sales.url=" + this.salesUrl,
				"migrate.repositories.sales.user=sa", "migrate.repositories.sales.location=classpath:repositories/orders"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private static DataSource h2() {
		return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		@Primary
		DataSource mainDataSource() {
			return h2();
		}

		@Bean
		DataSource salesDataSource() {
			return h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		MigrateConfigurationCustomizer everyRepository() {
			return (builder) -> builder.placeholder("everyone", "yes");
		}

		@Bean
		@Qualifier("sales")
		MigrateConfigurationCustomizer salesOnly() {
			return (builder) -> builder.placeholder("salesOnly", "yes");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JavaChangesetConfiguration {

		@Bean
		@Qualifier("sales")
		JavaChangeset firstOrder() {
			return new JavaChangeset() {

				@Override
				public int version() {
					return 3;
				}

				@Override
				public void upgrade(ChangesetContext context) {
					context.jdbcTemplate().update("INSERT INTO purchase_order (id, customer) VALUES (1, 'first')");
				}

				@Override
				public void downgrade(ChangesetContext context) {
					context.jdbcTemplate().update("DELETE FROM purchase_order WHERE id = 1");
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StrategyConfiguration {

		@Bean
		@Qualifier("sales")
		MigrationStrategy salesToVersionOne() {
			return (migrate) -> migrate.upgrade(1);
		}

	}

}

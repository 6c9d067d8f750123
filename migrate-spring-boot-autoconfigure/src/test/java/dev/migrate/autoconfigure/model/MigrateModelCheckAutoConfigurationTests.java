package dev.migrate.autoconfigure.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.ModelCheck;
import dev.migrate.autoconfigure.model.HibernateMetadataCapture.Captured;
import dev.migrate.autoconfigure.model.drift.Article;
import dev.migrate.core.Migrate;
import dev.migrate.core.ModelDriftException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@code migrate.model-check} exists, what it registers with Hibernate, and when and where it
 * compares the entities with the migrated schema (on H2; {@link ModelCheckDatabaseTests} on each database).
 */
class MigrateModelCheckAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateModelCheckAutoConfiguration.class))
		.withPropertyValues("migrate.location=classpath:repositories/model", "migrate.java-package=");

	@Test
	void warnsByDefaultAndKeepsTheMetadataHibernateBuildsForTheApplication() {
		this.contextRunner.withUserConfiguration(MatchingEntities.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ModelCheckRunner.class);
			assertThat(context.getBean(MigrateModelCheck.class).getMode()).isEqualTo(ModelCheck.WARN);
			assertThat(jpaProperties(context).get("hibernate.integrator_provider")).isInstanceOf(IntegratorProvider.class);
			List<Captured> captured = context.getBean(HibernateMetadataCapture.class).captured();
			assertThat(captured).hasSize(1);
			assertThat(captured.get(0).metadata().getEntityBindings()).extracting((entity) -> entity.getEntityName())
				.containsExactly(dev.migrate.autoconfigure.model.entities.Article.class.getName());
			assertThat(captured.get(0).dataSource()).as("the EntityManagerFactory's, which the repository migrates")
				.isSameAs(context.getBean(DataSource.class))
				.isSameAs(context.getBean(Migrate.class).config().dataSource());
		});
	}

	@Test
	void offCreatesNothingAndRegistersNoIntegrator() {
		for (String off : List.of("off", "OFF")) {
			this.contextRunner.withUserConfiguration(DriftEntities.class)
				.withPropertyValues("migrate.model-check=" + off)
				.run((context) -> {
					assertThat(context).hasNotFailed()
						.doesNotHaveBean(MigrateModelCheck.class)
						.doesNotHaveBean(HibernateMetadataCapture.class)
						.doesNotHaveBean(ModelCheckRunner.class);
					assertThat(jpaProperties(context)).doesNotContainKey("hibernate.integrator_provider");
				});
		}
	}

	@Test
	void backsOffWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(MigrateModelCheck.class)
				.doesNotHaveBean(ModelCheckRunner.class));
	}

	@Test
	void backsOffWithoutMigrations() {
		this.contextRunner.withUserConfiguration(MatchingEntities.class)
			.withPropertyValues("migrate.enabled=false", "spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(MigrateModelCheck.class);
				assertThat(jpaProperties(context)).doesNotContainKey("hibernate.integrator_provider");
			});
	}

	@Test
	void keepsTheIntegratorProviderOfTheApplication() {
		RecordingIntegratorProvider.integrated.set(0);
		this.contextRunner.withUserConfiguration(MatchingEntities.class)
			.withPropertyValues(
					"spring.jpa.properties.hibernate.integrator_provider=" + RecordingIntegratorProvider.class.getName())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(RecordingIntegratorProvider.integrated).hasValue(1);
				assertThat(context.getBean(HibernateMetadataCapture.class).captured()).hasSize(1);
			});
	}

	@Test
	void failStopsStartupBeforeTheApplicationIsReadyWithEveryDifferenceAndTheCommandToRun() {
		this.contextRunner.withUserConfiguration(DriftEntities.class)
			.withPropertyValues("migrate.model-check=fail")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new ModelDriftFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getCause()).isInstanceOf(ModelDriftException.class);
				assertThat(analysis.getDescription()).startsWith("The database (repository 'migrate')")
					.containsIgnoringCase(":\n    table \"article\": column \"summary\"")
					.contains("is in the model, not in the database (addColumn)");
				assertThat(analysis.getAction()).contains("mvn migrate:generate -Dmigrate.description=")
					.contains("mvn migrate:test")
					.contains("migrate.model-check=warn");
			});
	}

	@Test
	void failStartsWhenTheEntitiesMatchTheMigratedSchema() {
		this.contextRunner.withUserConfiguration(MatchingEntities.class)
			.withPropertyValues("migrate.model-check=fail")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(context.getBean(MigrateModelCheck.class).getDifferences(migrate)).isEmpty();
			});
	}

	@Test
	void withSeveralRepositoriesTheEntitiesAreComparedWithTheRepositoryOfTheirDataSourceOnly() {
		this.contextRunner.withUserConfiguration(DriftEntities.class)
			.withPropertyValues("migrate.model-check=fail", "migrate.repositories.other.url=jdbc:h2:mem:"
					+ UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "migrate.repositories.other.user=sa",
					"migrate.repositories.other.location=classpath:repositories/model")
			.run((context) -> {
				// the other repository has the article without its summary too, but no entity is mapped on it
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).isInstanceOf(ModelDriftException.class)
					.hasMessageContaining("repository 'migrate'");
			});
		this.contextRunner.withUserConfiguration(MatchingEntities.class)
			.withPropertyValues("migrate.model-check=fail", "migrate.repositories.other.url=jdbc:h2:mem:"
					+ UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "migrate.repositories.other.user=sa",
					"migrate.repositories.other.location=classpath:repositories/model")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigrateModelCheck check = context.getBean(MigrateModelCheck.class);
				assertThat(check.getDifferences(context.getBean("migrate", Migrate.class))).isEmpty();
				assertThat(check.getDifferences(context.getBean("otherMigrate", Migrate.class))).isNull();
			});
	}

	@Test
	void warnComparesOnAThreadOfItsOwnOnceTheApplicationIsReadyAndLogsOneWarning() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		Logger logger = (Logger) LoggerFactory.getLogger(MigrateModelCheck.class);
		appender.start();
		logger.addAppender(appender);
		try {
			this.contextRunner.withUserConfiguration(DriftEntities.class).run((context) -> {
				assertThat(context).hasNotFailed();
				MigrateModelCheck check = context.getBean(MigrateModelCheck.class);
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(check.getDifferences(migrate)).as("nothing is compared during startup").isNull();
				ready(context);
				context.getBean(ModelCheckRunner.class).join(Duration.ofMinutes(1));
				assertThat(check.getDifferences(migrate)).singleElement()
					.asString()
					.startsWithIgnoringCase("table \"article\": column \"summary\"");
			});
		}
		finally {
			logger.detachAppender(appender);
		}
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getThreadName()).isEqualTo("migrate-model-check");
			assertThat(event.getFormattedMessage())
				.containsIgnoringCase("(1 difference):\n    table \"article\": column \"summary\"")
				.contains("mvn migrate:generate -Dmigrate.description=");
		});
	}

	static void ready(AssertableApplicationContext context) {
		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
				context.getSourceApplicationContext(), Duration.ZERO));
	}

	private static Map<String, Object> jpaProperties(AssertableApplicationContext context) {
		return context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap();
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = dev.migrate.autoconfigure.model.entities.Article.class)
	static class MatchingEntities {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Article.class)
	static class DriftEntities {

	}

	/** An application's own provider: its integrator must still run. */
	public static class RecordingIntegratorProvider implements IntegratorProvider {

		static final AtomicInteger integrated = new AtomicInteger();

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(new Integrator() {

				@Override
				public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
						SessionFactoryImplementor sessionFactory) {
					integrated.incrementAndGet();
				}

			});
		}

	}

}

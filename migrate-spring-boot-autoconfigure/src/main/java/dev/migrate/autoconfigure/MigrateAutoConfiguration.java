package dev.migrate.autoconfigure;

import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration.MigrateDataSourceCondition;
import dev.migrate.autoconfigure.MigrateAutoConfiguration.MigrateEnabledCondition;
import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.autoconfigure.command.MigrateCommandInitializer;
import dev.migrate.autoconfigure.command.OnMigrateCommandCondition;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.repository.JavaChangeset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Migrate: a {@link Migrate} configured from
 * {@code migrate.*}, and a {@link MigrateInitializer} that runs the {@link MigrationStrategy} at startup,
 * before the beans that read the schema (where a {@link MigrateFleet} is, a {@link MigrateFleetInitializer} that
 * migrates its schemas with {@code migrate.*}'s repository instead); or, with {@code migrate.command}, a {@link MigrateCommandInitializer}
 * that runs that command there and ends the application.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, JdbcConnectionDetails.class })
@Conditional({ MigrateDataSourceCondition.class, MigrateEnabledCondition.class })
@EnableConfigurationProperties(MigrateProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, MigrateRepositoriesRegistrar.class })
public final class MigrateAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MigrateAutoConfiguration.class);

	@Bean
	MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<Migrate> migrates) {
		return new MigrateSchemaManagementProvider(migrates);
	}

	@Bean
	MigrateRepositories migrateRepositories(MigrateProperties properties) {
		return new MigrateRepositories(properties.getRepositories());
	}

	@Bean
	MigrateRepositoryBeans migrateRepositoryBeans(MigrateProperties properties, ResourceLoader resourceLoader,
			ListableBeanFactory beanFactory, ObjectProvider<DataSource> dataSource,
			@MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
			ObjectProvider<JdbcConnectionDetails> connectionDetails,
			ObjectProvider<MigrateConfigurationCustomizer> customizers, ObjectProvider<JavaChangeset> javaChangesets,
			ObjectProvider<MigrationStrategy> strategies) {
		return new MigrateRepositoryBeans(properties, beanFactory, resourceLoader.getClassLoader(), dataSource,
				migrateDataSource, connectionDetails, customizers, javaChangesets, strategies);
	}

	/**
	 * The repository of {@code migrate.*}, on the application's DataSource (unless its properties name
	 * another), when the application has no {@link Migrate} bean of its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrate.class)
	@Conditional({ DefaultRepositoryEnabledCondition.class, DefaultRepositoryDataSourceCondition.class })
	static class MigrateConfiguration {

		@Bean
		Migrate migrate(MigrateRepositoryBeans repositoryBeans) {
			return repositoryBeans.migrate(MigrateProperties.DEFAULT_REPOSITORY);
		}

		@Bean
		@ConditionalOnMissingBean({ MigrateInitializer.class, MigrateFleet.class })
		@Conditional(NoMigrateCommandCondition.class)
		MigrateInitializer migrateInitializer(MigrateRepositoryBeans repositoryBeans,
				@Qualifier(MigrateProperties.DEFAULT_REPOSITORY) Migrate migrate) {
			return repositoryBeans.initializer(MigrateProperties.DEFAULT_REPOSITORY, migrate);
		}

		/** A fleet (migrate.fleet.* or the user's bean) is migrated with migrate.*'s repository in place of its one schema. */
		@Bean
		@ConditionalOnBean(MigrateFleet.class)
		@ConditionalOnMissingBean
		@Conditional(NoMigrateCommandCondition.class)
		MigrateFleetInitializer migrateFleetInitializer(@Qualifier(MigrateProperties.DEFAULT_REPOSITORY) Migrate migrate,
				MigrateFleet fleet, ObjectProvider<MigrationStrategy> strategies) {
			if (strategies.stream().findAny().isPresent()) {
				logger.warn("A MigrationStrategy bean does not run for migrate.*'s repository: a fleet is configured "
						+ "(migrate.fleet.* or a MigrateFleet bean), and each of its schemas is upgraded to migrate.target "
						+ "instead");
			}
			return new MigrateFleetInitializer(migrate, fleet);
		}

	}

	/**
	 * {@code migrate.command} runs one command in place of the {@link MigrateInitializer}s (and of any
	 * {@link MigrationStrategy}): on the repository {@code migrate.command-repository} names, else on every
	 * repository that migrates at startup (on every one when none does), the auto-configured ones or the
	 * user's. With a {@link MigrateFleet}, {@code migrate.*}'s repository runs it on the fleet, or on the one
	 * schema {@code migrate.fleet.schema} names.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnMigrateCommandCondition.class)
	static class MigrateCommandConfiguration {

		@Bean
		@Lazy(false)
		MigrateCommandInitializer migrateCommandInitializer(Map<String, Migrate> migrates,
				MigrateRepositories repositories, MigrateProperties properties, ObjectProvider<MigrateFleet> fleet,
				ObjectProvider<MigrateFleetProperties> fleetProperties) {
			MigrateCommand command = MigrateCommand.of(properties.getCommand());
			MigrateCommandInitializer initializer = new MigrateCommandInitializer(
					MigrateCommandRepositories.choose(migrates, repositories, properties, command), command,
					MigrateConfigMapper.target(properties.getTarget()), properties.isDryRun(), System.out);
			MigrateFleet migrateFleet = fleet.getIfAvailable();
			if (migrateFleet != null) {
				MigrateFleetProperties fleetSettings = fleetProperties.getIfAvailable();
				initializer.setFleet(migrateFleet, (fleetSettings != null) ? fleetSettings.getSchema() : null);
			}
			return initializer;
		}

	}

	/**
	 * {@code migrate.enabled} is not false, or {@code migrate.command} is set: a command runs whatever
	 * {@code migrate.enabled} says, so that an operator's command never ends "successfully" without running.
	 */
	static final class MigrateEnabledCondition extends AnyNestedCondition {

		MigrateEnabledCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
		private static final class EnabledCondition {

		}

		@Conditional(OnMigrateCommandCondition.class)
		private static final class MigrateCommandCondition {

		}

		@Conditional(OnMigrateRepositoriesCondition.AtStartup.class)
		private static final class RepositoriesCondition {

		}

	}

	/** {@code migrate.enabled} is not false, or {@code migrate.command} is set: the repository of {@code migrate.*}. */
	static final class DefaultRepositoryEnabledCondition extends AnyNestedCondition {

		DefaultRepositoryEnabledCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
		private static final class EnabledCondition {

		}

		@Conditional(OnMigrateCommandCondition.class)
		private static final class MigrateCommandCondition {

		}

	}

	/** No {@code migrate.command}: the application starts, after the {@link MigrationStrategy} ran. */
	static final class NoMigrateCommandCondition extends NoneNestedConditions {

		NoMigrateCommandCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(OnMigrateCommandCondition.class)
		private static final class MigrateCommandCondition {

		}

	}

	/** Something to migrate: a DataSource for {@code migrate.*}, or {@code migrate.repositories}. */
	static final class MigrateDataSourceCondition extends AnyNestedCondition {

		MigrateDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(DefaultRepositoryDataSourceCondition.class)
		private static final class DefaultRepositoryCondition {

		}

		@Conditional(OnMigrateRepositoriesCondition.class)
		private static final class RepositoriesCondition {

		}

	}

	/** A DataSource bean, JdbcConnectionDetails, or {@code migrate.url}: something for {@code migrate.*} to migrate. */
	static final class DefaultRepositoryDataSourceCondition extends AnyNestedCondition {

		DefaultRepositoryDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnBean(JdbcConnectionDetails.class)
		private static final class JdbcConnectionDetailsCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

	}

}

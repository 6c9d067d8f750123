package dev.migrate.autoconfigure;

import java.util.Arrays;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration.MigrateDataSourceCondition;
import dev.migrate.autoconfigure.MigrateAutoConfiguration.MigrateEnabledCondition;
import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.autoconfigure.command.MigrateCommandInitializer;
import dev.migrate.autoconfigure.command.OnMigrateCommandCondition;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.repository.JavaChangeset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Migrate: a {@link Migrate} configured from
 * {@code migrate.*}, and a {@link MigrateInitializer} that runs the {@link MigrationStrategy} at startup,
 * before the beans that read the schema (where a {@link MigrateFleet} is, a {@link MigrateFleetInitializer} that
 * migrates its schemas instead); or, with {@code migrate.command}, a {@link MigrateCommandInitializer}
 * that runs that command there and ends the application.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, JdbcConnectionDetails.class })
@Conditional({ MigrateDataSourceCondition.class, MigrateEnabledCondition.class })
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MigrateAutoConfiguration.class);

	@Bean
	MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<Migrate> migrates) {
		return new MigrateSchemaManagementProvider(migrates);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrate.class)
	@EnableConfigurationProperties(MigrateProperties.class)
	static class MigrateConfiguration {

		@Bean
		Migrate migrate(MigrateProperties properties, ResourceLoader resourceLoader, ListableBeanFactory beanFactory,
				ObjectProvider<DataSource> dataSource, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
				ObjectProvider<JdbcConnectionDetails> connectionDetails,
				ObjectProvider<MigrateConfigurationCustomizer> customizers,
				ObjectProvider<JavaChangeset> javaChangesets) {
			DataSource chosen = chooseDataSource(properties, resourceLoader.getClassLoader(), beanFactory,
					migrateDataSource.getIfAvailable(), dataSource.getIfUnique(), connectionDetails.getIfUnique());
			return new Migrate(MigrateConfigMapper.map(properties, chosen, resourceLoader.getClassLoader(),
					javaChangesets.orderedStream().toList(), customizers.orderedStream().toList()));
		}

		@Bean
		@ConditionalOnMissingBean({ MigrateInitializer.class, MigrateFleet.class })
		@Conditional(NoMigrateCommandCondition.class)
		MigrateInitializer migrateInitializer(Migrate migrate, ObjectProvider<MigrationStrategy> strategy) {
			return new MigrateInitializer(migrate, strategy.getIfAvailable());
		}

		/** A fleet (migrate.fleet.* or the user's bean) is migrated in place of the one schema. */
		@Bean
		@ConditionalOnBean(MigrateFleet.class)
		@ConditionalOnMissingBean
		@Conditional(NoMigrateCommandCondition.class)
		MigrateFleetInitializer migrateFleetInitializer(Migrate migrate, MigrateFleet fleet,
				ObjectProvider<MigrationStrategy> strategy) {
			if (strategy.getIfAvailable() != null) {
				logger.warn("The MigrationStrategy bean does not run: a fleet is configured (migrate.fleet.* or a "
						+ "MigrateFleet bean), and each of its schemas is upgraded to migrate.target instead");
			}
			return new MigrateFleetInitializer(migrate, fleet);
		}

		/**
		 * The DataSource to migrate, chosen as Spring Boot does for Flyway: the one marked
		 * {@code @MigrateDataSource}; else one of its own for {@code migrate.url}; else the application's
		 * with {@code migrate.user}; else the application's; else one for its JdbcConnectionDetails.
		 */
		private static DataSource chooseDataSource(MigrateProperties properties, @Nullable ClassLoader classLoader,
				ListableBeanFactory beanFactory, @Nullable DataSource migrateDataSource,
				@Nullable DataSource uniqueDataSource, @Nullable JdbcConnectionDetails connectionDetails) {
			if (migrateDataSource != null) {
				return migrateDataSource;
			}
			if (StringUtils.hasText(properties.getUrl())) {
				return credentials(DataSourceBuilder.create(classLoader).url(properties.getUrl()), properties);
			}
			if (StringUtils.hasText(properties.getUser()) && uniqueDataSource != null) {
				return credentials(DataSourceBuilder.derivedFrom(uniqueDataSource), properties);
			}
			if (uniqueDataSource != null) {
				return uniqueDataSource;
			}
			if (connectionDetails != null) {
				DataSourceBuilder<?> builder = DataSourceBuilder.create(classLoader)
					.type(SimpleDriverDataSource.class)
					.url(connectionDetails.getJdbcUrl())
					.username(connectionDetails.getUsername())
					.password(connectionDetails.getPassword());
				String driverClassName = connectionDetails.getDriverClassName();
				return (driverClassName != null) ? builder.driverClassName(driverClassName).build() : builder.build();
			}
			throw new NoMigrateDataSourceException(Arrays.asList(beanFactory.getBeanNamesForType(DataSource.class)));
		}

		private static DataSource credentials(DataSourceBuilder<?> builder, MigrateProperties properties) {
			builder.type(SimpleDriverDataSource.class);
			if (properties.getUser() != null) {
				builder.username(properties.getUser());
			}
			if (properties.getPassword() != null) {
				builder.password(properties.getPassword());
			}
			return builder.build();
		}

	}

	/**
	 * {@code migrate.command} runs one command in place of the {@link MigrateInitializer} (and of any
	 * {@link MigrationStrategy}), on the application's {@link Migrate}, the auto-configured one or the user's.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(OnMigrateCommandCondition.class)
	@EnableConfigurationProperties(MigrateProperties.class)
	static class MigrateCommandConfiguration {

		@Bean
		@Lazy(false)
		MigrateCommandInitializer migrateCommandInitializer(Migrate migrate, MigrateProperties properties) {
			return new MigrateCommandInitializer(migrate, MigrateCommand.of(properties.getCommand()),
					MigrateConfigMapper.target(properties.getTarget()), properties.isDryRun(), System.out);
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

	/** A DataSource bean, JdbcConnectionDetails, or {@code migrate.url}: something to migrate. */
	static final class MigrateDataSourceCondition extends AnyNestedCondition {

		MigrateDataSourceCondition() {
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

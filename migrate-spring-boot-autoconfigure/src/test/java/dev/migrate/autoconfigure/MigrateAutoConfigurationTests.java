package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@link MigrateAutoConfiguration} applies, what it builds, and when it backs off. */
class MigrateAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void upgradesTheApplicationsDataSourceToTheLatestVersionAtStartup() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Migrate.class).hasSingleBean(MigrateInitializer.class);
			Migrate migrate = context.getBean(Migrate.class);
			assertThat(migrate.config().dataSource()).isSameAs(context.getBean(DataSource.class));
			assertThat(migrate.dbVersion()).isEqualTo(3);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("SELECT version FROM migrate_version WHERE repository_id = 'cms'",
					Integer.class))
				.isEqualTo(3);
			// version 3 is the Java changeset found in the package db.migrate
			jdbc.update("INSERT INTO page (id, title, content, slug) VALUES (1, 'Home', 'Welcome', 'home')");
			assertThat(context.getBean(MigrateInitializer.class).getResult().runs()).hasSize(3);
		});
	}

	@Test
	void backsOffWithNoDataSourceBean() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
				.doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
				.doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void backsOffWithoutTheEngineOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Migrate.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void backsOffFromAMigrateBeanOfTheUsersAndRunsNothing() {
		this.contextRunner.withUserConfiguration(UserMigrateConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Migrate.class).doesNotHaveBean(MigrateInitializer.class);
			assertThat(context.getBean(Migrate.class).status().underVersionControl()).isFalse();
		});
	}

	@Test
	void tellsHibernateThatTheMigratedSchemaIsManaged() {
		this.contextRunner.run((context) -> {
			MigrateSchemaManagementProvider provider = context.getBean(MigrateSchemaManagementProvider.class);
			assertThat(provider.getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
			DataSource other = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
				.build();
			assertThat(provider.getSchemaManagement(other)).isEqualTo(SchemaManagement.UNMANAGED);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserMigrateConfiguration {

		@Bean
		Migrate userMigrate(DataSource dataSource) {
			return new Migrate(MigrateConfig.builder().dataSource(dataSource).build());
		}

	}

}

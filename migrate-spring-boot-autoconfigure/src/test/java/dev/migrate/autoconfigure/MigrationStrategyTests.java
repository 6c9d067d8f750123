package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension beans: a MigrationStrategy, MigrateConfigurationCustomizers, Java changeset beans. */
class MigrationStrategyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void aStrategyThatDoesNothingLeavesTheDatabaseAlone() {
		this.contextRunner.withBean(MigrationStrategy.class, () -> (migrate) -> null).run((context) -> {
			assertThat(context.getBean(Migrate.class).status().underVersionControl()).isFalse();
			assertThat(context.getBean(MigrateInitializer.class).getResult()).isNull();
		});
	}

	@Test
	void aStrategyCanDowngrade() {
		this.contextRunner.withBean(MigrationStrategy.class, () -> (migrate) -> {
			migrate.upgrade();
			return migrate.downgrade(1);
		}).run((context) -> {
			assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(1);
			assertThat(context.getBean(MigrateInitializer.class).getResult().toVersion()).isEqualTo(1);
		});
	}

	@Test
	void theTargetPropertyStopsTheUpgradeAtThatVersion() {
		this.contextRunner.withPropertyValues("migrate.target=1")
			.run((context) -> assertThat(context.getBean(Migrate.class).status().pending()).containsExactly(2, 3));
	}

	@Test
	void customizersApplyInOrderAfterTheProperties() {
		this.contextRunner.withPropertyValues("migrate.history-table=from_properties")
			.withUserConfiguration(CustomizersConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(Migrate.class).config().historyTable()).isEqualTo("second_history");
				assertThat(context.getBean(Migrate.class).config().repositoryId()).isEqualTo("first");
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("SELECT COUNT(*) FROM second_history", Integer.class)).isPositive();
			});
	}

	@Test
	void javaChangesetBeansJoinTheRepository() {
		this.contextRunner.withUserConfiguration(JavaChangesetBeanConfiguration.class).run((context) -> {
			assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(4);
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("SELECT name FROM tag WHERE id = 1", String.class)).isEqualTo("news");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		@Bean
		@Order(2)
		MigrateConfigurationCustomizer second() {
			return (builder) -> builder.historyTable("second_history");
		}

		@Bean
		@Order(1)
		MigrateConfigurationCustomizer first() {
			return (builder) -> builder.historyTable("first_history").repositoryId("first");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JavaChangesetBeanConfiguration {

		@Bean
		JavaChangeset insertFirstTag() {
			return new InsertFirstTag();
		}

	}

	static class InsertFirstTag implements JavaChangeset {

		@Override
		public int version() {
			return 4;
		}

		@Override
		public void upgrade(ChangesetContext context) {
			context.jdbcTemplate().update("INSERT INTO tag (id, name) VALUES (1, 'news')");
		}

		@Override
		public void downgrade(ChangesetContext context) {
			context.jdbcTemplate().update("DELETE FROM tag WHERE id = 1");
		}

	}

}

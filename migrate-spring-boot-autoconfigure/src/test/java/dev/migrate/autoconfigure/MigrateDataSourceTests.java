package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrate.core.Migrate;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which DataSource is migrated: the one marked {@code @MigrateDataSource}; else one of its own for
 * {@code migrate.url}; else the application's with {@code migrate.user}; else the application's (also
 * when it comes from JdbcConnectionDetails, as with {@code @ServiceConnection}); else a clear failure.
 */
class MigrateDataSourceTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void migratesTheDataSourceMarkedMigrateDataSourceRatherThanThePrimaryOne() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class, MarkedDataSourceConfiguration.class)
			.run((context) -> {
				DataSource marked = context.getBean("migrationDataSource", DataSource.class);
				assertThat(context.getBean(Migrate.class).config().dataSource()).isSameAs(marked);
				assertThat(tables(marked)).contains("PAGE", "TAG");
				assertThat(tables(context.getBean("mainDataSource", DataSource.class))).doesNotContain("PAGE");
			});
	}

	@Test
	void migrateUrlGivesMigrationsADataSourceOfTheirOwn() {
		String url = "jdbc:h2:mem:dedicated" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner.withPropertyValues("migrate.url=" + url, "migrate.user=sa", "migrate.password=")
			.run((context) -> {
				DataSource dataSource = context.getBean(Migrate.class).config().dataSource();
				assertThat(dataSource).isInstanceOf(SimpleDriverDataSource.class);
				assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url);
				assertThat(tables(dataSource)).contains("PAGE", "TAG");
				assertThat(tables(context.getBean(DataSource.class))).doesNotContain("PAGE");
			});
	}

	@Test
	void migrateUrlAloneIsEnoughWithoutAnyDataSourceBean() {
		String url = "jdbc:h2:mem:alone" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withPropertyValues("migrate.url=" + url, "migrate.user=sa")
			.run((context) -> assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(3));
	}

	@Test
	void migrateUserAloneDerivesADataSourceFromTheApplicationsOne() {
		String url = "jdbc:h2:mem:derived" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa", "migrate.user=sa")
			.run((context) -> {
				DataSource dataSource = context.getBean(Migrate.class).config().dataSource();
				assertThat(dataSource).isInstanceOf(SimpleDriverDataSource.class);
				assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url);
				assertThat(((SimpleDriverDataSource) dataSource).getUsername()).isEqualTo("sa");
				assertThat(tables(context.getBean(DataSource.class))).contains("PAGE", "TAG");
			});
	}

	@Test
	void migratesTheDataSourceBuiltFromJdbcConnectionDetails() {
		try (TestDatabase database = PostgresContractTests.database(getClass())) {
			this.contextRunner.withBean(JdbcConnectionDetails.class, () -> new Details(database)).run((context) -> {
				assertThat(context).hasNotFailed();
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(dataSource).isInstanceOf(HikariDataSource.class);
				assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(database.url());
				assertThat(context.getBean(Migrate.class).config().dataSource()).isSameAs(dataSource);
				assertThat(database.query("SELECT version FROM migrate_version WHERE repository_id = 'cms'"))
					.containsExactly("3");
			});
		}
	}

	@Test
	void migratesWhatJdbcConnectionDetailsPointAtWhenThereIsNoDataSourceBean() {
		String url = "jdbc:h2:mem:details" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withBean(JdbcConnectionDetails.class, () -> new Details(url, "sa", ""))
			.run((context) -> {
				DataSource dataSource = context.getBean(Migrate.class).config().dataSource();
				assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url);
				assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(3);
			});
	}

	@Test
	void failsWhenItCannotChooseAmongDataSources() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesWithoutPrimaryConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(NoMigrateDataSourceException.class)
				.hasMessageContaining("firstDataSource")
				.hasMessageContaining("secondDataSource");
		});
	}

	private static java.util.List<String> tables(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'", String.class);
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

	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedDataSourceConfiguration {

		@Bean(defaultCandidate = false)
		@MigrateDataSource
		DataSource migrationDataSource() {
			return h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesWithoutPrimaryConfiguration {

		@Bean
		DataSource firstDataSource() {
			return h2();
		}

		@Bean
		DataSource secondDataSource() {
			return h2();
		}

	}

	/** Connection details as a {@code @ServiceConnection} container provides them. */
	record Details(String getJdbcUrl, String getUsername, String getPassword) implements JdbcConnectionDetails {

		Details(TestDatabase database) {
			this(database.url(), database.user(), database.password());
		}

	}

}

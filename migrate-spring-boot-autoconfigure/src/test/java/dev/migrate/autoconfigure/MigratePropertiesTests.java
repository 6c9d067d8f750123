package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The {@code migrate.*} properties: their defaults are the engine's, and each reaches the engine. */
class MigratePropertiesTests {

	private final DataSource dataSource = new SimpleDriverDataSource();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void defaultsAreTheEngines() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getLocation()).isEqualTo(MigrateConfig.DEFAULT_LOCATION);
		assertThat(properties.getJavaPackage()).isEqualTo(MigrateConfig.DEFAULT_JAVA_PACKAGE);
		assertThat(properties.getHistoryTable()).isEqualTo(MigrateConfig.DEFAULT_HISTORY_TABLE);
		assertThat(properties.getLockTimeout()).isEqualTo(MigrateConfig.DEFAULT_LOCK_TIMEOUT);
		assertThat(properties.getTarget()).isEqualTo(MigrateProperties.LATEST);
		assertThat(properties.getBaseline().getVersion()).isZero();
		assertThat(properties.getBaseline().isOnExistingSchema()).isFalse();
		assertThat(properties.getCommand()).as("no command: the application starts").isNull();
		assertThat(properties.getModelCheck()).as("with Hibernate, differences are logged").isEqualTo(ModelCheck.WARN);
		// every component of the mapped configuration equals the engine's default
		MigrateConfig defaults = MigrateConfig.builder().dataSource(this.dataSource).build();
		assertThat(map(properties)).isEqualTo(defaults);
		assertThat(defaults.validateOnUpgrade()).isEqualTo(properties.isValidateOnStartup());
		assertThat(defaults.onNewerDatabase()).isEqualTo(properties.getOnNewerDatabase());
		assertThat(defaults.target()).isNull();
		assertThat(defaults.repositoryId()).isEqualTo(properties.getRepositoryId()).isNull();
		assertThat(defaults.versionTable()).isEqualTo(properties.getVersionTable()).isNull();
		assertThat(defaults.allowEmptyRepository()).isEqualTo(properties.isAllowEmptyRepository()).isFalse();
		assertThat(defaults.encoding()).isEqualTo(properties.getEncoding());
		assertThat(defaults.createSchema()).isEqualTo(properties.isCreateSchema()).isTrue();
	}

	@Test
	void aRepositorysDefaultsAreTheEnginesButForItsLocationAndJavaPackage() {
		MigrateProperties.Repository repository = new MigrateProperties.Repository();
		assertThat(repository.getEnabled()).as("as migrate.enabled").isNull();
		assertThat(repository.getDataSource()).isNull();
		MigrateRepositories repositories = new MigrateRepositories(Map.of("sales", repository));
		assertThat(repositories.properties("sales").getLocation()).isEqualTo("classpath:db/sales");
		MigrateConfig defaults = MigrateConfig.builder().dataSource(this.dataSource).build();
		assertThat(MigrateConfigMapper.map(repository, "migrate.repositories.sales", this.dataSource, null, List.of(),
				List.of()))
			.isEqualTo(defaults.toBuilder().location("classpath:db/sales").javaPackage("").build());
	}

	@Test
	void everyPropertyOfARepositoryReachesTheEngine() {
		this.contextRunner.withPropertyValues("migrate.repositories.sales.url=jdbc:h2:mem:salesproperties",
				"migrate.repositories.sales.enabled=false", "migrate.repositories.sales.location=classpath:db/migrate",
				"migrate.repositories.sales.java-package=db.migrate", "migrate.repositories.sales.repository-id=shop",
				"migrate.repositories.sales.version-table=shop_version",
				"migrate.repositories.sales.history-table=shop_history", "migrate.repositories.sales.target=2",
				"migrate.repositories.sales.baseline.version=1",
				"migrate.repositories.sales.baseline.on-existing-schema=true",
				"migrate.repositories.sales.validate-on-startup=false",
				"migrate.repositories.sales.on-newer-database=ignore", "migrate.repositories.sales.lock-timeout=5s",
				"migrate.repositories.sales.placeholders.owner=app",
				"migrate.repositories.sales.allow-empty-repository=true",
				"migrate.repositories.sales.encoding=ISO-8859-1", "migrate.repositories.sales.create-schema=false",
				"migrate.repositories.sales.schemas=audit,reporting", "migrate.repositories.sales.schema=SALES")
			.run((context) -> {
				MigrateConfig config = context.getBean("salesMigrate", Migrate.class).config();
				assertThat(config.location()).isEqualTo("classpath:db/migrate");
				assertThat(config.javaPackage()).isEqualTo("db.migrate");
				assertThat(config.repositoryId()).isEqualTo("shop");
				assertThat(config.versionTable()).isEqualTo("shop_version");
				assertThat(config.historyTable()).isEqualTo("shop_history");
				assertThat(config.schema()).isEqualTo("SALES");
				assertThat(config.target()).isEqualTo(2);
				assertThat(config.baselineVersion()).isEqualTo(1);
				assertThat(config.baselineOnExistingSchema()).isTrue();
				assertThat(config.validateOnUpgrade()).isFalse();
				assertThat(config.onNewerDatabase()).isEqualTo(OnNewerDatabase.IGNORE);
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(config.placeholders()).isEqualTo(Map.of("owner", "app"));
				assertThat(config.allowEmptyRepository()).isTrue();
				assertThat(config.encoding()).isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
				assertThat(config.createSchema()).isFalse();
				assertThat(config.schemas()).containsExactly("audit", "reporting");
				// migrate.* keeps its own defaults
				assertThat(context.getBean("migrate", Migrate.class).config().repositoryId()).isNull();
			});
	}

	@Test
	void everyPropertyReachesTheEngine() {
		this.contextRunner.withPropertyValues("migrate.location=classpath:db/migrate", "migrate.java-package=",
				"migrate.repository-id=shop", "migrate.version-table=shop_version", "migrate.history-table=shop_history",
				"migrate.target=2", "migrate.baseline.version=1", "migrate.baseline.on-existing-schema=true",
				"migrate.validate-on-startup=false", "migrate.on-newer-database=ignore", "migrate.lock-timeout=5s",
				"migrate.placeholders.owner=app", "migrate.allow-empty-repository=true", "migrate.encoding=ISO-8859-1",
				"migrate.create-schema=false", "migrate.schemas=audit,reporting")
			.run((context) -> {
				MigrateConfig config = context.getBean(Migrate.class).config();
				assertThat(config.javaPackage()).isEmpty();
				assertThat(config.repositoryId()).isEqualTo("shop");
				assertThat(config.versionTable()).isEqualTo("shop_version");
				assertThat(config.historyTable()).isEqualTo("shop_history");
				assertThat(config.target()).isEqualTo(2);
				assertThat(config.baselineVersion()).isEqualTo(1);
				assertThat(config.baselineOnExistingSchema()).isTrue();
				assertThat(config.validateOnUpgrade()).isFalse();
				assertThat(config.onNewerDatabase()).isEqualTo(OnNewerDatabase.IGNORE);
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(config.placeholders()).isEqualTo(Map.of("owner", "app"));
				assertThat(config.allowEmptyRepository()).isTrue();
				assertThat(config.encoding()).isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
				assertThat(config.createSchema()).isFalse();
				assertThat(config.schemas()).containsExactly("audit", "reporting");
				assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(2);
				assertThat(context.getBean(Migrate.class).status().repositoryId()).isEqualTo("shop");
			});
	}

	@Test
	void targetIsLatestOrAVersionNumber() {
		assertThat(MigrateConfigMapper.target("latest")).isNull();
		assertThat(MigrateConfigMapper.target(" LATEST ")).isNull();
		assertThat(MigrateConfigMapper.target("")).isNull();
		assertThat(MigrateConfigMapper.target("12")).isEqualTo(12);
		assertThatExceptionOfType(InvalidMigratePropertyException.class).isThrownBy(() -> MigrateConfigMapper.target("v2"))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("migrate.target"));
	}

	@Test
	void aValueTheEngineRefusesIsReportedUnderItsPropertyName() {
		this.contextRunner.withPropertyValues("migrate.version-table=shop-version").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalArgumentException.class);
			InvalidMigratePropertyException ex = findCause(context.getStartupFailure());
			assertThat(ex.getProperty()).isEqualTo("migrate.version-table");
			assertThat(ex.getValue()).isEqualTo("shop-version");
			assertThat(ex.getReason()).contains("is not a plain SQL name");
		});
		this.contextRunner.withPropertyValues("migrate.lock-timeout=-1s")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getProperty())
				.isEqualTo("migrate.lock-timeout"));
	}

	private MigrateConfig map(MigrateProperties properties) {
		return MigrateConfigMapper.map(properties, this.dataSource, null, List.of(), List.of());
	}

	static InvalidMigratePropertyException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof InvalidMigratePropertyException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).isInstanceOf(InvalidMigratePropertyException.class);
		return (InvalidMigratePropertyException) candidate;
	}

}

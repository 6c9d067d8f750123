package dev.migrate.autoconfigure.diagnostics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.NoMigrateDataSourceException;
import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.Migrate;
import dev.migrate.core.ValidationResult.ChecksumMismatch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin.Location;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure analyzers, loaded from {@code spring.factories} as Spring Boot loads them, each on the
 * failure it explains: what failed, and what to do.
 */
class MigrateFailureAnalyzersTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	private final StandardEnvironment environment = new StandardEnvironment();

	@Test
	void aFailedChangesetIsReportedWithItsFileVersionStatementAndDatabaseMessage() {
		this.contextRunner.withPropertyValues("migrate.location=classpath:repositories/broken", "migrate.java-package=")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("The upgrade of version 2 failed")
					.contains("002_add_slug_default_upgrade.sql, line 2")
					.contains("Statement: ALTER TABLE no_such_table ADD COLUMN slug VARCHAR(100)")
					.containsIgnoringCase("Database message: Table \"NO_SUCH_TABLE\" not found");
				assertThat(analysis.getAction()).contains("002_add_slug_default_upgrade.sql")
					.contains("start the application again");
			});
	}

	@Test
	void anUnreachableDatabaseIsReportedWithItsUrlWithoutPasswordAndWhatToCheck() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/test?password=s3cret&connectTimeout=2",
					"migrate.location=classpath:db/migrate")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("Migrate could not connect to the database to migrate it.")
					.contains("Could not connect to jdbc:postgresql://127.0.0.1:1/test?password=***&connectTimeout=2: ")
					.contains("refused")
					.doesNotContain("s3cret");
				assertThat(analysis.getAction()).contains("spring.datasource.url, username and password")
					.contains("migrate.enabled=false");
			});
	}

	@Test
	void aDirtyRepositoryIsReportedWithTheRepair() {
		String url = "jdbc:h2:mem:dirty" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		ApplicationContextRunner dirty = this.contextRunner.withPropertyValues("spring.datasource.url=" + url,
				"migrate.location=classpath:repositories/dirty", "migrate.java-package=");
		dirty.run((context) -> assertThat(analyze(context.getStartupFailure()).getAction())
			.contains("repository is now dirty")
			.contains("mvn migrate:repair"));
		dirty.run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("Repository 'dirty' is dirty: version 1 failed part-way")
				.as("the advice is given once, in the action")
				.doesNotContain("repair");
			assertThat(analysis.getAction()).contains("undo by hand")
				.contains("repair (mvn migrate:repair, or java -jar <app>.jar --migrate.command=repair)");
		});
	}

	@Test
	void aNonEmptySchemaWithoutVersionControlStopsStartupWithTheBaselineAdvice() {
		String url = "jdbc:h2:mem:existing" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
			.execute("CREATE TABLE page (id BIGINT PRIMARY KEY, title VARCHAR(100), content VARCHAR(4000) NOT NULL)");
		ApplicationContextRunner existing = this.contextRunner.withPropertyValues("spring.datasource.url=" + url);
		existing.run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("not under version control (tables: PAGE)");
			assertThat(analysis.getAction()).contains("migrate.baseline.on-existing-schema=true");
		});
		// the advice works: the schema is put under version control at the baseline, then upgraded
		existing.withPropertyValues("migrate.baseline.on-existing-schema=true")
			.run((context) -> assertThat(context.getBean(Migrate.class).dbVersion()).isEqualTo(3));
	}

	@Test
	void aTargetBeyondTheRepositoryIsReported() {
		this.contextRunner.withPropertyValues("migrate.target=9").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("Cannot upgrade to version 9")
				.contains("versions run from 0 to 3");
			assertThat(analysis.getAction()).contains("migrate.target");
		});
	}

	@Test
	void anInvalidRepositoryIsReportedWithEveryProblem() {
		this.contextRunner.withPropertyValues("migrate.location=classpath:repositories/dirty").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("classpath:repositories/dirty is not valid")
				.contains("version 2 is missing");
			assertThat(analysis.getAction()).contains("migrate.location");
		});
	}

	@Test
	void aBadPropertyValueIsReportedWithWhereItWasSet() {
		TextResourceOrigin origin = new TextResourceOrigin(new ByteArrayResource(new byte[0], "application.properties"),
				new Location(2, 0));
		this.environment.getPropertySources()
			.addFirst(new OriginTrackedMapPropertySource("application.properties",
					Map.of("migrate.version-table", OriginTrackedValue.of("shop-version", origin))));
		FailureAnalysis analysis = analyze(new InvalidMigratePropertyException("migrate.version-table", "shop-version",
				"versionTable 'shop-version' is not a plain SQL name"));
		assertThat(analysis.getDescription())
			.contains("Invalid value 'shop-version' for property 'migrate.version-table' (from Byte array resource [application.properties] - 3:1)")
			.contains("not a plain SQL name");
		assertThat(analysis.getAction()).contains("Correct migrate.version-table");
	}

	@Test
	void aChecksumMismatchIsReportedWithTheChangedChangesets() {
		FailureAnalysis analysis = analyze(new ChecksumMismatchException(
				List.of(new ChecksumMismatch(1, "001_add_ctime_to_page_default_upgrade.sql", "abc", "def"))));
		assertThat(analysis.getDescription()).contains("version 1 (001_add_ctime_to_page_default_upgrade.sql)");
		assertThat(analysis.getAction()).contains("make the change in a new version").contains("repair");
	}

	@Test
	void aDatabaseNewerThanTheReleaseIsReported() {
		FailureAnalysis analysis = analyze(new DatabaseNewerException("cms", 5, 3));
		assertThat(analysis.getDescription()).contains("at version 5").contains("up to 3");
		assertThat(analysis.getAction()).contains("migrate.on-newer-database=ignore");
		assertThat(analysis.getAction()).contains("migrate.on-newer-database=downgrade");
		assertThat(analyze(new DatabaseNewerException("cms", 5, 0)).getAction()).doesNotContain("downgrade");
	}

	@Test
	void aLockTimeoutIsReported() {
		FailureAnalysis analysis = analyze(new LockTimeoutException("cms", Duration.ofSeconds(60)));
		assertThat(analysis.getDescription()).contains("more than 60000 ms");
		assertThat(analysis.getAction()).contains("migrate.lock-timeout");
	}

	@Test
	void noDataSourceToChooseIsReported() {
		FailureAnalysis analysis = analyze(new NoMigrateDataSourceException(List.of("first", "second")));
		assertThat(analysis.getDescription()).contains("2 DataSource beans (first, second)");
		assertThat(analysis.getAction()).contains("@MigrateDataSource").contains("migrate.url");
	}

	private FailureAnalysis analyze(Throwable failure) {
		Throwable wrapped = (failure instanceof BeanCreationException) ? failure
				: new BeanCreationException("migrateInitializer", "Invocation of init method failed", failure);
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, this.environment),
					SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
					}));
		AnnotationAwareOrderComparator.sort(analyzers);
		FailureAnalysis analysis = analyzers.stream()
			.map((analyzer) -> analyzer.analyze(wrapped))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		assertThat(analysis).as("an analysis of %s", failure).isNotNull();
		assertThat(analysis.getClass()).isEqualTo(FailureAnalysis.class);
		return analysis;
	}

}

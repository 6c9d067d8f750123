package dev.migrate.autoconfigure.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateConfigurationCustomizer;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrationStrategy;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.StatusTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.command}: which command runs in place of the {@link MigrateInitializer}, what it prints,
 * and the exception that ends startup with its exit code. Each test has an H2 database that outlives the
 * context, so that what the command did can be checked after the context stopped.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandTests {

	private final String url = "jdbc:h2:mem:command" + ThreadLocalRandom.current().nextInt(1_000_000)
			+ ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + this.url, "spring.datasource.username=sa");

	@Test
	void withoutACommandTheInitializerMigratesAtStartup() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(MigrateInitializer.class)
			.doesNotHaveBean(MigrateCommandInitializer.class));
		assertThat(dbVersion()).isEqualTo(3);
	}

	@Test
	void aBlankCommandIsNoCommand() {
		this.contextRunner.withPropertyValues("migrate.command= ")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(MigrateInitializer.class));
	}

	@Test
	void upgradeRunsInPlaceOfTheInitializerAndTheStrategyAndEndsStartupWithExitCode0(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=upgrade", "migrate.target=2")
			.withBean(MigrationStrategy.class, () -> (migrate) -> {
				throw new IllegalStateException("the strategy ran");
			})
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Upgraded repository 'cms' from version 0 to 2:\n"
				+ "  upgrade 1 add ctime to page (SQL, ").contains("  upgrade 2 create tag (SQL, ");
		assertThat(dbVersion()).isEqualTo(2);
	}

	@Test
	void aDryRunPrintsTheStatementsOfTheUpgradeAndRunsNone(CapturedOutput output) {
		migrate().upgrade(1);
		this.contextRunner.withPropertyValues("migrate.command=upgrade", "migrate.dry-run=true")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("-- Dry run of upgrade: repository 'cms' on h2, from version 1 to version 3. "
				+ "Nothing was changed.").contains("-- Version 2 (002_create_tag_default_upgrade.sql): create tag");
		assertThat(dbVersion()).isEqualTo(1);
		this.contextRunner.withPropertyValues("migrate.command=downgrade", "migrate.target=0", "migrate.dry-run=true")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("-- Dry run of downgrade: repository 'cms' on h2, from version 1 to version 0.");
		assertThat(dbVersion()).isEqualTo(1);
	}

	@Test
	void aDryRunOfACommandThatHasNoneIsRefused() {
		this.contextRunner.withPropertyValues("migrate.command=status", "migrate.dry-run=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidMigratePropertyException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("migrate.dry-run");
					assertThat(ex.getReason()).isEqualTo("migrate.command=status has no dry run: only upgrade and "
							+ "downgrade have one");
				});
		});
	}

	@Test
	void statusPrintsTheEnginesTable(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=STATUS")
			.run((context) -> assertThat(ended(context).getCommand()).isEqualTo(MigrateCommand.STATUS));
		assertThat(output).contains(StatusTable.of(migrate().status()));
	}

	@Test
	void dbVersionPrintsTheNumberAlone(CapturedOutput output) {
		migrate().upgrade(1);
		this.contextRunner.withPropertyValues("migrate.command=db-version")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output.getOut().lines()).contains("1");
	}

	@Test
	void downgradeGoesToTheTarget(CapturedOutput output) {
		migrate().upgrade();
		this.contextRunner.withPropertyValues("migrate.command=downgrade", "migrate.target=1")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Downgraded repository 'cms' from version 3 to 1:\n"
				+ "  downgrade 3 add slug to page (JAVA, ").contains("  downgrade 2 create tag (SQL, ");
		assertThat(dbVersion()).isEqualTo(1);
	}

	@Test
	void downgradeWithoutATargetIsRefusedAndRunsNothing() {
		migrate().upgrade();
		this.contextRunner.withPropertyValues("migrate.command=downgrade").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidMigratePropertyException.class,
						(ex) -> assertThat(ex.getProperty()).isEqualTo("migrate.target"));
		});
		assertThat(dbVersion()).isEqualTo(3);
	}

	@Test
	void anUnknownCommandIsAnInvalidPropertyNamingTheValidOnes() {
		this.contextRunner.withPropertyValues("migrate.command=migrate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessage("Invalid value 'migrate' for property 'migrate.command': give one of status, db-version, "
						+ "upgrade, downgrade, validate, repair, version-control");
		});
		assertThat(migrate().status().underVersionControl()).isFalse();
	}

	@Test
	void versionControlPutsTheDatabaseUnderControlAtTheTarget(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=version-control")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Repository 'cms' is under version control at version 0, the baseline script run.");
		assertThat(dbVersion()).isZero();
	}

	@Test
	void validateEndsWithExitCode1WhenAChecksumDiffersAndRepairRecordsItAnew(@TempDir Path folder,
			CapturedOutput output) throws IOException {
		Path repository = copy(Path.of("src/test/resources/db/migrate"), folder);
		ApplicationContextRunner onTheCopy = this.contextRunner
			.withPropertyValues("migrate.location=file:" + repository, "migrate.java-package=");
		onTheCopy.withPropertyValues("migrate.command=upgrade")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		Path script = repository.resolve("versions/001_add_ctime_to_page_default_upgrade.sql");
		Files.writeString(script, Files.readString(script) + "-- edited after it ran\n");
		onTheCopy.withPropertyValues("migrate.command=validate")
			.run((context) -> assertThat(ended(context).getExitCode()).isEqualTo(1));
		assertThat(output).containsPattern("Invalid: 1 of \\d applied changesets changed after they ran:\n"
				+ "  version 1 \\(.*001_add_ctime_to_page_default_upgrade.sql\\): recorded checksum \\w+, now \\w+");
		onTheCopy.withPropertyValues("migrate.command=repair")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Repaired:\n  recorded the checksums of versions 1 anew");
		onTheCopy.withPropertyValues("migrate.command=validate")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).containsPattern("Valid: every applied changeset matches the repository \\([1-9] checksums compared\\).");
		onTheCopy.withPropertyValues("migrate.command=repair")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Nothing to repair: the repository is clean and every checksum matches.");
	}

	@Test
	void statusShowsTheVersionsOfANewerReleaseAndDowngradeRunsAndPrintsTheirRecordedSql(@TempDir Path folder,
			CapturedOutput output) throws IOException {
		Path newer = copy(Path.of("src/test/resources/db/migrate"), folder);
		Files.writeString(newer.resolve("versions/004_create_label_default_upgrade.sql"),
				"CREATE TABLE label (id INTEGER PRIMARY KEY);\n");
		Files.writeString(newer.resolve("versions/004_create_label_default_downgrade.sql"), "DROP TABLE label;\n");
		new Migrate(MigrateConfig.builder().dataSource(dataSource()).location("file:" + newer).build()).upgrade();
		this.contextRunner.withPropertyValues("migrate.command=status")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).containsPattern("4  create label +SQL +FUTURE \\(downgrade recorded\\)");
		this.contextRunner.withPropertyValues("migrate.command=downgrade", "migrate.target=3", "migrate.dry-run=true")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("DROP TABLE label").contains("recorded in the history with its upgrade");
		assertThat(dbVersion()).isEqualTo(4);
		this.contextRunner.withPropertyValues("migrate.command=downgrade", "migrate.target=2")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Downgraded repository 'cms' from version 4 to 2:\n  downgrade 4 create label (SQL, ")
			.contains("  downgrade 3 add slug to page (JAVA, ");
		assertThat(dbVersion()).isEqualTo(2);
	}

	@Test
	void aCommandRunsWhenMigrationsAtStartupAreDisabled(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.enabled=false", "migrate.command=upgrade")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Upgraded repository 'cms' from version 0 to 3:");
		assertThat(dbVersion()).isEqualTo(3);
	}

	@Test
	void theCommandRunsWithTheCustomizersOfTheApplication(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=version-control", "migrate.target=2")
			.withBean(MigrateConfigurationCustomizer.class, () -> (builder) -> builder.repositoryId("customized"))
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Repository 'customized' is under version control at version 2.");
	}

	@Test
	void theCommandRunsOnAMigrateBeanOfTheUsers(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=upgrade")
			.withUserConfiguration(UserMigrateConfiguration.class)
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Upgraded repository 'users' from version 0 to 3:");
	}

	private static MigrateCommandException ended(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof MigrateCommandException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("a MigrateCommandException in the cause chain of %s", context.getStartupFailure())
			.isNotNull();
		return (MigrateCommandException) failure;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}

	private int dbVersion() {
		return migrate().dbVersion();
	}

	private Migrate migrate() {
		return new Migrate(MigrateConfig.builder().dataSource(dataSource()).build());
	}

	private DataSource dataSource() {
		return new SimpleDriverDataSource(new org.h2.Driver(), this.url, "sa", "");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserMigrateConfiguration {

		@Bean
		Migrate userMigrate(DataSource dataSource) {
			return new Migrate(MigrateConfig.builder().dataSource(dataSource).repositoryId("users").build());
		}

	}

}

package dev.migrate.autoconfigure.command;

import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateRepositoryException;
import dev.migrate.core.NotUnderVersionControlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.command} with {@code migrate.repositories}: on every repository in turn, or on the one
 * {@code migrate.command-repository} names.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateRepositoriesCommandTests {

	private final String salesUrl = "jdbc:h2:mem:salescommand" + ThreadLocalRandom.current().nextInt(1_000_000)
			+ ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("migrate.repositories.sales.url=" + this.salesUrl, "migrate.repositories.sales.user=sa",
				"migrate.repositories.sales.location=classpath:repositories/orders");

	@Test
	void aCommandRunsOnEveryRepositoryInTurnInPlaceOfTheirInitializers(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=upgrade")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		// had an initializer run first, the command would have found nothing to run
		assertThat(output).contains("Repository migrate:\nUpgraded repository 'cms' from version 0 to 3:")
			.contains("Repository sales:\nUpgraded repository 'orders' from version 0 to 2:");
	}

	@Test
	void migrateCommandRepositoryRunsItOnThatOneAlone(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=upgrade", "migrate.command-repository=sales")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Upgraded repository 'orders' from version 0 to 2:")
			.doesNotContain("'cms'")
			.doesNotContain("Repository sales:");
	}

	@Test
	void aCommandRunsOnTheRepositoriesThatMigrateAtStartup(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.command=upgrade", "migrate.repositories.sales.enabled=false")
			.run((context) -> assertThat(ended(context).getExitCode()).isZero());
		assertThat(output).contains("Upgraded repository 'cms' from version 0 to 3:").doesNotContain("'orders'");
	}

	@Test
	void aCommandRepositoryOfNoNameStopsNamingTheRepositoriesThereAre() {
		this.contextRunner.withPropertyValues("migrate.command=status", "migrate.command-repository=saels")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessage("Invalid value 'saels' for property 'migrate.command-repository': there is no repository "
						+ "of that name; the repositories are migrate, sales"));
	}

	@Test
	void aDowngradeOfSeveralRepositoriesMustNameOne() {
		this.contextRunner.withPropertyValues("migrate.command=downgrade", "migrate.target=0")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidMigratePropertyException.class)
				.hasMessageContaining("'migrate.command-repository'")
				.hasMessageContaining("there are several (migrate, sales)"));
	}

	@Test
	void aFailureNamesTheRepositoryItHappenedOn() {
		this.contextRunner.withPropertyValues("migrate.command=db-version").run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure != null && !(failure instanceof MigrateRepositoryException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(MigrateRepositoryException.class)
				.hasCauseInstanceOf(NotUnderVersionControlException.class);
			assertThat(((MigrateRepositoryException) failure).getRepository()).isEqualTo("migrate");
		});
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

}

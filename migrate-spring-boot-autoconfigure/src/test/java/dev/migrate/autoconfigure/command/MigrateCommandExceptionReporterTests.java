package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.core.MigrateException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The end of a command is reported silently, and a success ends the JVM with 0 from the main thread. */
class MigrateCommandExceptionReporterTests {

	private final List<Integer> exits = new ArrayList<>();

	@Test
	void theEndOfACommandIsReportedSilentlyAndASuccessClosesTheContextAndExitsWith0() throws InterruptedException {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		AtomicBoolean reported = new AtomicBoolean();
		onTheMainThread(() -> reported.set(new MigrateCommandExceptionReporter(context, this.exits::add)
			.reportException(new BeanCreationException("migrateCommandInitializer",
					new MigrateCommandException(MigrateCommand.STATUS, 0)))));
		assertThat(reported).isTrue();
		assertThat(this.exits).containsExactly(0);
		assertThat(context.isActive()).isFalse();
	}

	@Test
	void aNonZeroExitCodeIsLeftToSpringBoot() throws InterruptedException {
		AtomicBoolean reported = new AtomicBoolean();
		onTheMainThread(() -> reported.set(new MigrateCommandExceptionReporter(null, this.exits::add)
			.reportException(new MigrateCommandException(MigrateCommand.VALIDATE, 1))));
		assertThat(reported).isTrue();
		assertThat(this.exits).isEmpty();
	}

	@Test
	void offTheMainThreadTheJvmIsLeftAlone() throws InterruptedException {
		Thread thread = new Thread(() -> new MigrateCommandExceptionReporter(null, this.exits::add)
			.reportException(new MigrateCommandException(MigrateCommand.STATUS, 0)), "worker");
		thread.start();
		thread.join();
		assertThat(this.exits).isEmpty();
	}

	@Test
	void aFailedCommandIsLeftToTheFailureAnalyzers() {
		assertThat(new MigrateCommandExceptionReporter(null, this.exits::add)
			.reportException(new BeanCreationException("migrateCommandInitializer", new MigrateException("failed"))))
			.isFalse();
		assertThat(this.exits).isEmpty();
	}

	@Test
	void recognisesTheStartupFailureOfAContextThatRanACommand() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("migrate.command=status")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(new MigrateCommandExceptionReporter(null, this.exits::add)
					.reportException(context.getStartupFailure())).isTrue();
			});
	}

	@Test
	void isRegisteredWithSpringBootAheadOfTheFailureAnalyzers() {
		List<SpringBootExceptionReporter> reporters = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringBootExceptionReporter.class,
					ArgumentResolver.of(ConfigurableApplicationContext.class, new GenericApplicationContext()));
		assertThat(reporters).first().isInstanceOf(MigrateCommandExceptionReporter.class);
		assertThat(reporters).hasSizeGreaterThan(1);
	}

	/** Runs on a thread that Spring Boot takes for the main thread, as {@code java -jar} runs the application. */
	private static void onTheMainThread(Runnable action) throws InterruptedException {
		Thread thread = new Thread(new ThreadGroup("main"), action, "main");
		thread.start();
		thread.join();
	}

}

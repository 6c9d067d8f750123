package dev.migrate.autoconfigure.command;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import dev.migrate.autoconfigure.command.app.CommandLineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code migrate.command}, the application is one without a web server. */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandEnvironmentPostProcessorTests {

	private final MigrateCommandEnvironmentPostProcessor postProcessor = new MigrateCommandEnvironmentPostProcessor();

	@Test
	void aCommandMakesTheApplicationOneWithoutAWebServerWhateverItSays() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "status")
			.withProperty("spring.main.web-application-type", "servlet");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
		assertThat(environment.getProperty("spring.main.log-startup-info")).isEqualTo("false");
		assertThat(environment.getProperty("logging.level.root")).isEqualTo("warn");
		assertThat(environment.getProperty("logging.level.dev.migrate.core")).isEqualTo("warn");
	}

	@Test
	void theApplicationsOwnBannerAndLoggingWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "upgrade")
			.withProperty("spring.main.banner-mode", "console")
			.withProperty("logging.level.dev.migrate.core", "debug");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("console");
		assertThat(environment.getProperty("logging.level.dev.migrate.core")).isEqualTo("debug");
	}

	@Test
	void withoutACommandTheEnvironmentIsLeftAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains(MigrateCommandEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
			.isFalse();
		assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
	}

	/**
	 * A whole application with a web server on the class path, as Spring Boot runs it, with this post-processor
	 * and the reporter registered in {@code spring.factories}. Off the main thread, so that the reporter leaves
	 * the JVM alone: {@code run} throws the command's exception, reported silently, and no web server was made.
	 */
	@Test
	void anApplicationRunWithACommandCreatesNoWebServerAndReportsNoFailure(CapturedOutput output)
			throws InterruptedException {
		AtomicReference<ConfigurableApplicationContext> prepared = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		SpringApplication application = new SpringApplication(CommandLineApplication.class);
		application.addListeners((ApplicationPreparedEvent event) -> prepared.set(event.getApplicationContext()));
		Thread thread = new Thread(() -> {
			try {
				application.run("--migrate.command=status", "--spring.datasource.url=jdbc:h2:mem:epp"
						+ ThreadLocalRandom.current().nextInt(1_000_000), "--server.port=0");
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "command-test");
		thread.start();
		thread.join();
		assertThat(prepared.get()).isNotInstanceOf(WebServerApplicationContext.class);
		assertThat(failure.get()).hasRootCauseInstanceOf(MigrateCommandException.class);
		assertThat(output).contains("Repository 'cms'\n  db version: none (not under version control)")
			.doesNotContain("APPLICATION FAILED TO START", "Application run failed", "WARN", "Exception",
					CommandLineApplication.STARTED);
	}

}

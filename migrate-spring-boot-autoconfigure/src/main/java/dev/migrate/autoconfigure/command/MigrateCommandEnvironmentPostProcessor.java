package dev.migrate.autoconfigure.command;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * When {@code migrate.command} is set, makes the application one that only runs the command. No web server
 * is created: {@code spring.main.web-application-type=none} comes first, over the application's own value.
 * Neither banner nor startup information is printed around the command's result, and the log says only
 * warnings and errors (the failure report among them): the engine logs what the command prints anyway, and
 * the application context warns of the refresh that the command ends. These come last, so the application's
 * own configuration can set them otherwise. Ordered
 * last, so that {@code migrate.command} is read from every source, the application's configuration files too.
 */
public final class MigrateCommandEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source that comes first. */
	public static final String PROPERTY_SOURCE_NAME = "migrateCommand";

	/** The name of the property source of defaults, which comes last. */
	public static final String DEFAULTS_PROPERTY_SOURCE_NAME = "migrateCommandDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!MigrateCommand.requested(environment)) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		sources.addFirst(
				new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("spring.main.web-application-type", "none")));
		sources.addLast(new MapPropertySource(DEFAULTS_PROPERTY_SOURCE_NAME,
				Map.of("spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
						"logging.level.root", "warn", "logging.level.dev.migrate.core", "warn",
						"logging.level." + AnnotationConfigApplicationContext.class.getName(), "error")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

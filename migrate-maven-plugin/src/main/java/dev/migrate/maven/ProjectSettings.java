package dev.migrate.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.StringUtils;

/**
 * The plugin's settings, read as the application reads its own, the first found winning:
 * {@code -D} user properties; the plugin's {@code <configuration>}; the OS environment;
 * {@code application-<profile>.*}; {@code application.*}. Spring Boot's Binder reads them, so
 * {@code ${NAME}} placeholders, relaxed names and profile documents behave as at runtime.
 */
final class ProjectSettings {

	private final Binder binder;

	private final List<String> profiles;

	private final Map<String, String> explicit;

	private ProjectSettings(Binder binder, List<String> profiles, Map<String, String> explicit) {
		this.binder = binder;
		this.profiles = profiles;
		this.explicit = explicit;
	}

	/**
	 * Reads the settings.
	 * @param userProperties the {@code -D} properties ({@code migrate.*} and {@code spring.*} count)
	 * @param configuration the plugin's configuration, by {@code migrate.*} key
	 * @param environment the OS environment variables
	 * @param resources the folder of the application's {@code application.*} files
	 * @return the settings
	 */
	static ProjectSettings read(Map<String, String> userProperties, Map<String, String> configuration,
			Map<String, String> environment, Path resources) {
		Map<String, Object> user = new LinkedHashMap<>();
		userProperties.forEach((key, value) -> {
			if (key.startsWith("migrate.") || key.startsWith("spring.")) {
				user.put(key, value);
			}
		});
		StandardEnvironment standard = new StandardEnvironment();
		MutablePropertySources sources = standard.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new LinkedHashMap<>(environment)));
		sources.addFirst(new MapPropertySource("plugin configuration", new LinkedHashMap<>(configuration)));
		sources.addFirst(new MapPropertySource("user properties", user));
		ApplicationFiles files = new ApplicationFiles(resources);
		List<PropertySource<?>> base = files.documents(null, List.of());
		base.forEach(sources::addLast);
		List<String> profiles = profiles(bind(standard));
		base.forEach((document) -> sources.remove(document.getName()));
		for (int i = profiles.size() - 1; i >= 0; i--) {
			files.documents(profiles.get(i), profiles).forEach(sources::addLast);
		}
		files.documents(null, profiles).forEach(sources::addLast);
		Map<String, String> explicit = new LinkedHashMap<>(configuration);
		userProperties.forEach((key, value) -> {
			if (key.startsWith("migrate.")) {
				explicit.put(key, value);
			}
		});
		return new ProjectSettings(bind(standard), profiles, explicit);
	}

	/** The active profiles: {@code migrate.profile}, else {@code spring.profiles.active}. */
	List<String> profiles() {
		return this.profiles;
	}

	/** The {@code migrate.*} properties, as the application binds them. */
	MigrateProperties migrateProperties() {
		try {
			return this.binder.bindOrCreate("migrate", Bindable.of(MigrateProperties.class));
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	/** The settings under a prefix, bound to a type as the application binds them; a new instance when none is set. */
	<T> T bind(String prefix, Class<T> type) {
		try {
			return this.binder.bindOrCreate(prefix, Bindable.of(type));
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	/** A setting as text, placeholders resolved; null when it is not set. */
	@Nullable String get(String name) {
		try {
			return this.binder.bind(name, String.class).orElse(null);
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	/** Whether a setting is {@code true}. */
	boolean isTrue(String name) {
		try {
			return this.binder.bind(name, Boolean.class).orElse(false);
		}
		catch (BindException ex) {
			throw invalid(ex);
		}
	}

	/** A setting given with {@code -D} or in the plugin's configuration only, never from the files. */
	@Nullable String explicit(String name) {
		return this.explicit.get(name);
	}

	private static Binder bind(StandardEnvironment environment) {
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment);
	}

	private static List<String> profiles(Binder binder) {
		for (String name : List.of("migrate.profile", "spring.profiles.active")) {
			List<String> profiles = binder.bind(name, Bindable.listOf(String.class)).orElse(Collections.emptyList());
			List<String> trimmed = new ArrayList<>();
			profiles.stream().filter(StringUtils::hasText).map(String::strip).forEach(trimmed::add);
			if (!trimmed.isEmpty()) {
				return List.copyOf(trimmed);
			}
		}
		return List.of();
	}

	private static SettingsException invalid(BindException ex) {
		Throwable reason = ex;
		while (reason.getCause() != null) {
			reason = reason.getCause();
		}
		return new SettingsException("Invalid value for '" + ex.getName() + "'"
				+ ((ex.getProperty() != null && ex.getProperty().getOrigin() != null)
						? " (" + ex.getProperty().getOrigin() + ")" : "")
				+ ": " + reason.getMessage(), ex);
	}

}

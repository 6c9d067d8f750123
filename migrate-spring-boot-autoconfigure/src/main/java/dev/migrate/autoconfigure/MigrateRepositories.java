package dev.migrate.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.Migrate;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The repositories of {@code migrate.repositories.<name>.*}, by name: each is a {@link Migrate} bean named
 * {@code <name>Migrate}, with a {@link MigrateInitializer} named {@code <name>MigrateInitializer} when it
 * migrates at startup. The endpoint, the health indicator and the metrics name each such repository by its
 * name, and every other {@link Migrate} bean (that of {@code migrate.*} among them) by its repository id.
 */
public final class MigrateRepositories {

	private static final String BEAN_NAME_SUFFIX = "Migrate";

	private final Map<String, MigrateProperties.Repository> repositories;

	/**
	 * The repositories. One that gives no location gets its default, {@code classpath:db/<name>}.
	 * @param repositories the {@code migrate.repositories} entries, by name, in the order given
	 */
	public MigrateRepositories(Map<String, MigrateProperties.Repository> repositories) {
		this.repositories = new LinkedHashMap<>(repositories);
		this.repositories.forEach((name, repository) -> {
			if (!StringUtils.hasText(repository.getLocation())) {
				repository.setLocation(MigrateProperties.Repository.DEFAULT_LOCATION_PREFIX + name);
			}
		});
	}

	/** The {@code migrate.repositories} of an environment, bound as the application binds them. */
	static Map<String, MigrateProperties.Repository> bind(Environment environment) {
		return Binder.get(environment)
			.bind("migrate.repositories", Bindable.mapOf(String.class, MigrateProperties.Repository.class))
			.orElseGet(Map::of);
	}

	/** The names, in the order the configuration gives them. */
	public List<String> names() {
		return List.copyOf(this.repositories.keySet());
	}

	/** The {@link Migrate} bean name of a repository: {@code <name>Migrate}. */
	public static String beanName(String name) {
		return name + BEAN_NAME_SUFFIX;
	}

	/**
	 * Where the properties of a repository are: {@code migrate} for {@link MigrateProperties#DEFAULT_REPOSITORY},
	 * else {@code migrate.repositories.<name>}.
	 */
	public static String prefix(String name) {
		return MigrateProperties.DEFAULT_REPOSITORY.equals(name) ? "migrate" : "migrate.repositories." + name;
	}

	/** The repository a {@link Migrate} bean is, or null when it is none of {@code migrate.repositories}. */
	public @Nullable String nameOf(String beanName) {
		if (!beanName.endsWith(BEAN_NAME_SUFFIX)) {
			return null;
		}
		String name = beanName.substring(0, beanName.length() - BEAN_NAME_SUFFIX.length());
		return this.repositories.containsKey(name) ? name : null;
	}

	/** The properties of a repository. */
	MigrateProperties.Repository properties(String name) {
		MigrateProperties.Repository properties = this.repositories.get(name);
		if (properties == null) {
			throw new IllegalArgumentException("No repository '" + name + "' in migrate.repositories");
		}
		return properties;
	}

	/** Whether a repository migrates at startup: its {@code enabled}, else {@code migrate.enabled}. */
	static boolean migratesAtStartup(MigrateProperties.Repository repository, boolean enabled) {
		Boolean own = repository.getEnabled();
		return (own != null) ? own : enabled;
	}

}

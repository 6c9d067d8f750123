package dev.migrate.autoconfigure;

import dev.migrate.core.MigrateConfig;

/**
 * Changes the engine's configuration after the {@code migrate.*} properties were applied, for what
 * properties cannot say (a dialect, a class loader, computed placeholders). Beans of this type are
 * applied in {@link org.springframework.core.annotation.Order @Order}, to every repository (that of
 * {@code migrate.*} and each of {@code migrate.repositories}); one qualified with a repository's name
 * ({@code @Qualifier("orders")}, or {@code "migrate"} for that of {@code migrate.*}) to that one only.
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

	/**
	 * Customizes the configuration.
	 * @param builder the builder, holding the values from the properties
	 */
	void customize(MigrateConfig.Builder builder);

}

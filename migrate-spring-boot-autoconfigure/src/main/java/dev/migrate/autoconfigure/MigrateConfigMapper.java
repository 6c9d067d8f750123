package dev.migrate.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.migrate.core.InvalidConfigException;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.repository.JavaChangeset;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.StringUtils;

/**
 * The one place where {@link MigrateProperties} become the engine's {@link MigrateConfig}. A value the
 * engine refuses is reported as an {@link InvalidMigratePropertyException} naming the property. Public for
 * the Maven plugin, which reads the same properties outside an application context.
 */
public final class MigrateConfigMapper {

	/** The engine's configuration components, by the property that sets them. */
	private static final Map<String, Property> PROPERTIES = properties();

	private MigrateConfigMapper() {
	}

	/**
	 * The engine's configuration, from the properties and the beans around them.
	 * @param properties the {@code migrate.*} properties
	 * @param dataSource the DataSource to migrate
	 * @param classLoader the application's class loader
	 * @param javaChangesets the Java changeset beans
	 * @param customizers applied after the properties, in order
	 * @return the configuration
	 */
	public static MigrateConfig map(MigrateProperties properties, DataSource dataSource, @Nullable ClassLoader classLoader,
			List<JavaChangeset> javaChangesets, List<MigrateConfigurationCustomizer> customizers) {
		MigrateConfig.Builder builder = MigrateConfig.builder()
			.dataSource(dataSource)
			.location(properties.getLocation())
			.javaPackage(properties.getJavaPackage())
			.javaChangesets(javaChangesets)
			.classLoader(classLoader)
			.repositoryId(emptyToNull(properties.getRepositoryId()))
			.versionTable(emptyToNull(properties.getVersionTable()))
			.historyTable(properties.getHistoryTable())
			.schema(emptyToNull(properties.getSchema()))
			.target(target(properties.getTarget()))
			.baselineVersion(properties.getBaseline().getVersion())
			.baselineOnExistingSchema(properties.getBaseline().isOnExistingSchema())
			.validateOnUpgrade(properties.isValidateOnStartup())
			.onNewerDatabase(properties.getOnNewerDatabase())
			.lockTimeout(properties.getLockTimeout())
			.allowEmptyRepository(properties.isAllowEmptyRepository())
			.encoding(properties.getEncoding())
			.createSchema(properties.isCreateSchema())
			.schemas(properties.getSchemas())
			.placeholders(properties.getPlaceholders());
		MigrateConfig config = build(builder, properties);
		if (customizers.isEmpty()) {
			return config;
		}
		MigrateConfig.Builder customized = config.toBuilder();
		customizers.forEach((customizer) -> customizer.customize(customized));
		try {
			return customized.build();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("A MigrateConfigurationCustomizer set an invalid value: " + ex.getMessage(),
					ex);
		}
	}

	/** {@code latest} (or nothing) is the engine's null; anything else must be a version number. */
	static @Nullable Integer target(@Nullable String target) {
		if (!StringUtils.hasText(target) || MigrateProperties.LATEST.equals(target.strip().toLowerCase(Locale.ROOT))) {
			return null;
		}
		if (!target.strip().matches("\\d{1,9}")) {
			throw new InvalidMigratePropertyException("migrate.target", target,
					"give '" + MigrateProperties.LATEST + "' or a version number, 0 or more");
		}
		return Integer.valueOf(target.strip());
	}

	private static MigrateConfig build(MigrateConfig.Builder builder, MigrateProperties properties) {
		try {
			return builder.build();
		}
		catch (InvalidConfigException ex) {
			for (Map.Entry<String, Property> entry : PROPERTIES.entrySet()) {
				if (entry.getValue().component().equals(ex.property())) {
					// the value as the property has it (a duration as written), not as the engine holds it
					throw new InvalidMigratePropertyException(entry.getKey(),
							String.valueOf(entry.getValue().value().apply(properties)), ex.reason(), ex);
				}
			}
			throw ex;
		}
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

	private static Map<String, Property> properties() {
		Map<String, Property> properties = new LinkedHashMap<>();
		properties.put("migrate.location", new Property("location", MigrateProperties::getLocation));
		properties.put("migrate.java-package", new Property("javaPackage", MigrateProperties::getJavaPackage));
		properties.put("migrate.repository-id", new Property("repositoryId", MigrateProperties::getRepositoryId));
		properties.put("migrate.version-table", new Property("versionTable", MigrateProperties::getVersionTable));
		properties.put("migrate.history-table", new Property("historyTable", MigrateProperties::getHistoryTable));
		properties.put("migrate.schema", new Property("schema", MigrateProperties::getSchema));
		properties.put("migrate.schemas", new Property("schemas", MigrateProperties::getSchemas));
		properties.put("migrate.target", new Property("target", MigrateProperties::getTarget));
		properties.put("migrate.baseline.version",
				new Property("baselineVersion", (each) -> each.getBaseline().getVersion()));
		properties.put("migrate.on-newer-database",
				new Property("onNewerDatabase", MigrateProperties::getOnNewerDatabase));
		properties.put("migrate.lock-timeout", new Property("lockTimeout", (each) -> DurationStyle.SIMPLE.print(each.getLockTimeout())));
		return properties;
	}

	/** A configuration component and how to read the property that sets it. */
	private record Property(String component, Function<MigrateProperties, @Nullable Object> value) {
	}

}

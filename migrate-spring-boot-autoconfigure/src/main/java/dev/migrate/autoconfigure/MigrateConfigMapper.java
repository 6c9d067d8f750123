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
 * The one place where {@link MigrateRepositoryProperties} (of {@code migrate.*} and of each
 * {@code migrate.repositories.<name>.*}) become the engine's {@link MigrateConfig}. A value the engine refuses
 * is reported as an {@link InvalidMigratePropertyException} naming the property. Public for the Maven plugin,
 * which reads the same properties outside an application context.
 */
public final class MigrateConfigMapper {

	/** The engine's configuration components, by the property that sets them (after its prefix). */
	private static final Map<String, Property> PROPERTIES = properties();

	private MigrateConfigMapper() {
	}

	/**
	 * The engine's configuration, from the {@code migrate.*} properties and the beans around them.
	 * @param properties the {@code migrate.*} properties
	 * @param dataSource the DataSource to migrate
	 * @param classLoader the application's class loader
	 * @param javaChangesets the Java changeset beans
	 * @param customizers applied after the properties, in order
	 * @return the configuration
	 */
	public static MigrateConfig map(MigrateRepositoryProperties properties, DataSource dataSource,
			@Nullable ClassLoader classLoader, List<JavaChangeset> javaChangesets,
			List<MigrateConfigurationCustomizer> customizers) {
		return map(properties, "migrate", dataSource, classLoader, javaChangesets,
				customizers);
	}

	/**
	 * The engine's configuration, from the properties of one repository and the beans around them.
	 * @param properties the repository's properties
	 * @param prefix where they are: {@code migrate} or {@code migrate.repositories.<name>}, for the
	 *     property that an invalid value names
	 * @param dataSource the DataSource to migrate
	 * @param classLoader the application's class loader
	 * @param javaChangesets the Java changeset beans
	 * @param customizers applied after the properties, in order
	 * @return the configuration
	 */
	public static MigrateConfig map(MigrateRepositoryProperties properties, String prefix, DataSource dataSource,
			@Nullable ClassLoader classLoader, List<JavaChangeset> javaChangesets,
			List<MigrateConfigurationCustomizer> customizers) {
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
			.target(target(prefix + ".target", properties.getTarget()))
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
		MigrateConfig config = build(builder, properties, prefix);
		if (customizers.isEmpty()) {
			return config;
		}
		MigrateConfig.Builder customized = config.toBuilder();
		customizers.forEach((customizer) -> customizer.customize(customized));
		try {
			return customized.build();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("A MigrateConfigurationCustomizer set an invalid value for the repository of "
					+ prefix + ".*: " + ex.getMessage(), ex);
		}
	}

	/** {@code latest} (or nothing) is the engine's null; anything else must be a version number. */
	static @Nullable Integer target(@Nullable String target) {
		return target("migrate.target", target);
	}

	/** {@code latest} (or nothing) is the engine's null; anything else must be a version number. */
	static @Nullable Integer target(String property, @Nullable String target) {
		if (!StringUtils.hasText(target) || MigrateProperties.LATEST.equals(target.strip().toLowerCase(Locale.ROOT))) {
			return null;
		}
		if (!target.strip().matches("\\d{1,9}")) {
			throw new InvalidMigratePropertyException(property, target,
					"give '" + MigrateProperties.LATEST + "' or a version number, 0 or more");
		}
		return Integer.valueOf(target.strip());
	}

	private static MigrateConfig build(MigrateConfig.Builder builder, MigrateRepositoryProperties properties,
			String prefix) {
		try {
			return builder.build();
		}
		catch (InvalidConfigException ex) {
			for (Map.Entry<String, Property> entry : PROPERTIES.entrySet()) {
				if (entry.getValue().component().equals(ex.property())) {
					// the value as the property has it (a duration as written), not as the engine holds it
					throw new InvalidMigratePropertyException(prefix + "." + entry.getKey(),
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
		properties.put("location", new Property("location", MigrateRepositoryProperties::getLocation));
		properties.put("java-package", new Property("javaPackage", MigrateRepositoryProperties::getJavaPackage));
		properties.put("repository-id", new Property("repositoryId", MigrateRepositoryProperties::getRepositoryId));
		properties.put("version-table", new Property("versionTable", MigrateRepositoryProperties::getVersionTable));
		properties.put("history-table", new Property("historyTable", MigrateRepositoryProperties::getHistoryTable));
		properties.put("schema", new Property("schema", MigrateRepositoryProperties::getSchema));
		properties.put("schemas", new Property("schemas", MigrateRepositoryProperties::getSchemas));
		properties.put("target", new Property("target", MigrateRepositoryProperties::getTarget));
		properties.put("baseline.version",
				new Property("baselineVersion", (each) -> each.getBaseline().getVersion()));
		properties.put("on-newer-database",
				new Property("onNewerDatabase", MigrateRepositoryProperties::getOnNewerDatabase));
		properties.put("lock-timeout", new Property("lockTimeout", (each) -> DurationStyle.SIMPLE.print(each.getLockTimeout())));
		return properties;
	}

	/** A configuration component and how to read the property that sets it. */
	private record Property(String component, Function<MigrateRepositoryProperties, @Nullable Object> value) {
	}

}

package dev.migrate.autoconfigure;

import java.util.List;
import java.util.Locale;

import dev.migrate.core.InvalidConfigException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of a {@link MigrateFleet} from
 * {@code migrate.fleet.schemas} or {@code migrate.fleet.query}. Runs before {@link MigrateAutoConfiguration},
 * which, where a fleet is (this one or the user's bean), migrates it at startup with a
 * {@link MigrateFleetInitializer} in place of the {@link MigrateInitializer}. Like {@code migrate.*}'s
 * repository, it is there when {@code migrate.enabled} is not false, or when {@code migrate.command} is set:
 * a command with {@code migrate.enabled=false} acts on the fleet, never silently on the one schema.
 */
@AutoConfiguration(before = MigrateAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@Conditional(MigrateAutoConfiguration.DefaultRepositoryEnabledCondition.class)
@EnableConfigurationProperties(MigrateFleetProperties.class)
public final class MigrateFleetAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@Conditional(FleetPropertiesCondition.class)
	MigrateFleet migrateFleet(MigrateFleetProperties properties) {
		return fleet(properties);
	}

	/** The fleet the properties name; a value the engine refuses is reported under its property. */
	static MigrateFleet fleet(MigrateFleetProperties properties) {
		try {
			MigrateFleet fleet = StringUtils.hasText(properties.getQuery()) ? MigrateFleet.query(properties.getQuery())
					: MigrateFleet.of(properties.getSchemas());
			if (StringUtils.hasText(properties.getQuery()) && !properties.getSchemas().isEmpty()) {
				throw new InvalidMigratePropertyException("migrate.fleet.query", properties.getQuery(),
						"migrate.fleet.schemas is set too: name the schemas one way, a list or a query");
			}
			return fleet.withParallelism(properties.getParallelism())
				.withFailFast(properties.isFailFast())
				.withProgressInterval(properties.getProgressInterval());
		}
		catch (InvalidConfigException ex) {
			String property = "migrate." + ex.property().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
			throw new InvalidMigratePropertyException(property, String.valueOf(ex.value()), ex.reason(), ex);
		}
	}

	/** {@code migrate.fleet.schemas} or {@code migrate.fleet.query} is set, in any of the forms Spring binds. */
	static final class FleetPropertiesCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			List<String> schemas = binder.bind("migrate.fleet.schemas", Bindable.listOf(String.class)).orElse(List.of());
			String query = binder.bind("migrate.fleet.query", String.class).orElse(null);
			if (!schemas.isEmpty() || StringUtils.hasText(query)) {
				return ConditionOutcome.match("migrate.fleet.schemas or migrate.fleet.query is set");
			}
			return ConditionOutcome.noMatch("neither migrate.fleet.schemas nor migrate.fleet.query is set");
		}

	}

}

package dev.migrate.autoconfigure.endpoint;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.core.Migrate;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrateEndpoint}, when the Actuator is
 * on the classpath and the endpoint is exposed.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrateEndpoint.class)
public final class MigrateEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrate.class)
	@ConditionalOnMissingBean
	MigrateEndpoint migrateEndpoint(ApplicationContext context) {
		return new MigrateEndpoint(context);
	}

}

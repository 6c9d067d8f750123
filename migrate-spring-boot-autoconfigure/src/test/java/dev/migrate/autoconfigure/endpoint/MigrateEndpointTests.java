package dev.migrate.autoconfigure.endpoint;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.ChangesetDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.ContextDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrateEndpoint.RepositoryDescriptor;
import dev.migrate.core.Migrate;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code migrate} endpoint: when it exists, and what it says. */
class MigrateEndpointTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=migrate");

	@Test
	void describesEveryChangesetOfTheRepository() {
		this.contextRunner.run((context) -> {
			MigrateEndpoint.MigrateDescriptor descriptor = context.getBean(MigrateEndpoint.class).repositories();
			ContextDescriptor contextDescriptor = descriptor.contexts().get(context.getId());
			assertThat(contextDescriptor.parentId()).isNull();
			RepositoryDescriptor cms = contextDescriptor.repositories().get("cms");
			assertThat(cms.version()).isEqualTo(3);
			assertThat(cms.dbVersion()).isEqualTo(3);
			assertThat(cms.dirty()).isFalse();
			assertThat(cms.pending()).isEmpty();
			assertThat(cms.changesets()).extracting(ChangesetDescriptor::version).containsExactly(1, 2, 3);
			ChangesetDescriptor first = cms.changesets().get(0);
			assertThat(first.description()).isEqualTo("add ctime to page");
			assertThat(first.type()).isEqualTo("SQL");
			assertThat(first.state()).isEqualTo("APPLIED");
			assertThat(first.checksum()).isNotBlank();
			assertThat(first.appliedBy()).isNotBlank();
			assertThat(first.appliedAt()).isNotNull();
			assertThat(first.executionTimeMs()).isNotNull();
			assertThat(cms.changesets().get(2).type()).isEqualTo("JAVA");
		});
	}

	@Test
	void listsPendingChangesetsInPendingAndAsPendingChangesets() {
		this.contextRunner.withPropertyValues("migrate.target=1").run((context) -> {
			RepositoryDescriptor cms = context.getBean(MigrateEndpoint.class)
				.repositories()
				.contexts()
				.get(context.getId())
				.repositories()
				.get("cms");
			assertThat(cms.dbVersion()).isEqualTo(1);
			assertThat(cms.pending()).containsExactly(2, 3);
			assertThat(cms.changesets()).extracting(ChangesetDescriptor::state)
				.containsExactly("APPLIED", "PENDING", "PENDING");
			assertThat(cms.changesets().get(1).appliedAt()).isNull();
		});
	}

	@Test
	void backsOffWhenTheEndpointIsNotExposed() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrateEndpointAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateEndpoint.class));
	}

	@Test
	void backsOffWhenTheEndpointIsDisabled() {
		this.contextRunner.withPropertyValues("management.endpoint.migrate.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateEndpoint.class));
	}

	@Test
	void backsOffWithoutAMigrateBean() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateEndpoint.class));
	}

	@Test
	void backsOffWithoutTheActuator() {
		new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.withUserConfiguration(ImportedAutoConfigurations.class)
			.withPropertyValues("management.endpoints.web.exposure.include=migrate")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Migrate.class)
				.doesNotHaveBean(MigrateEndpoint.class));
	}

	/** Imported as an application imports them, so that the class conditions are checked before loading. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
			MigrateEndpointAutoConfiguration.class })
	static class ImportedAutoConfigurations {

	}

}

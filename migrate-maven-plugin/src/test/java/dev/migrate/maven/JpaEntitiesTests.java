package dev.migrate.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.migrate.maven.entities.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which entities the model goals map, and the Hibernate settings they read from the application's files. */
class JpaEntitiesTests {

	@TempDir
	Path resources;

	@Test
	void byDefaultThePackagesOfTheCompiledEntitiesAreTheModel() throws URISyntaxException {
		Path classes = Path.of(Order.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assertThat(JpaEntities.packages(null, classes)).containsExactly("dev.migrate.maven.entities",
				"dev.migrate.maven.entities.shop");
		assertThat(JpaEntities.packages(" ", classes)).hasSize(2);
	}

	@Test
	void configuredPackagesWin() {
		assertThat(JpaEntities.packages("com.example.shop, com.example.billing ,", this.resources))
			.containsExactly("com.example.shop", "com.example.billing");
	}

	@Test
	void noEntityAnywhereSaysHowToNameThePackages() {
		assertThatExceptionOfType(SettingsException.class).isThrownBy(() -> JpaEntities.packages(null, this.resources))
			.withMessageContaining("No @Entity class in " + this.resources)
			.withMessageContaining("-Dmigrate.model.packages=");
	}

	@Test
	void springBootsNamingStrategiesByDefaultAsBoot4NamesThem() {
		Map<String, Object> settings = JpaEntities.hibernateSettings(settings(Map.of()));
		assertThat(settings).containsEntry("hibernate.physical_naming_strategy",
				"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
			.containsEntry("hibernate.implicit_naming_strategy",
					"org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
			.doesNotContainKey("hibernate.hbm2ddl.auto")
			.doesNotContainKey("hibernate.dialect");
	}

	@Test
	void theApplicationsJpaSettingsAreReadAsSpringBootReadsThem() throws IOException {
		Files.writeString(this.resources.resolve("application.yml"), """
				spring:
				  jpa:
				    database-platform: org.hibernate.dialect.PostgreSQLDialect
				    hibernate:
				      ddl-auto: validate
				      naming:
				        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
				    properties:
				      hibernate.default_schema: shop
				      hibernate:
				        globally_quoted_identifiers: true
				""");
		Map<String, Object> settings = JpaEntities.hibernateSettings(settings(Map.of()));
		assertThat(settings)
			.containsEntry("hibernate.physical_naming_strategy",
					"org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
			.containsEntry("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
			.containsEntry("hibernate.default_schema", "shop")
			.containsEntry("hibernate.globally_quoted_identifiers", "true")
			.doesNotContainKey("hibernate.hbm2ddl.auto");
	}

	@Test
	void aUserPropertyWinsOverTheFiles() throws IOException {
		Files.writeString(this.resources.resolve("application.properties"),
				"spring.jpa.database-platform=org.hibernate.dialect.H2Dialect\n");
		Map<String, Object> settings = JpaEntities
			.hibernateSettings(settings(Map.of("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect")));
		assertThat(settings).containsEntry("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
	}

	private ProjectSettings settings(Map<String, String> user) {
		return ProjectSettings.read(user, Map.of(), Map.of(), this.resources);
	}

}

package dev.migrate.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The order in which settings win, profiles, placeholders and relaxed names. */
class ProjectSettingsTests {

	@TempDir
	Path resources;

	@Test
	void userPropertiesWinOverEverythingElse() throws IOException {
		write("application.properties", "migrate.schema=from_file");
		ProjectSettings settings = ProjectSettings.read(Map.of("migrate.schema", "from_user"),
				Map.of("migrate.schema", "from_configuration"), Map.of("MIGRATE_SCHEMA", "from_environment"),
				this.resources);
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("from_user");
	}

	@Test
	void pluginConfigurationWinsOverTheEnvironment() {
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of("migrate.schema", "from_configuration"),
				Map.of("MIGRATE_SCHEMA", "from_environment"), this.resources);
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("from_configuration");
	}

	@Test
	void theEnvironmentWinsOverTheApplicationFiles() throws IOException {
		write("application.yml", "migrate:\n  schema: from_file\n");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of("MIGRATE_SCHEMA", "from_environment"),
				this.resources);
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("from_environment");
	}

	@Test
	void userPropertiesOtherThanMigrateAndSpringAreIgnored() {
		ProjectSettings settings = ProjectSettings.read(Map.of("schema", "x", "maven.repo.local", "/tmp"), Map.of(),
				Map.of(), this.resources);
		assertThat(settings.get("schema")).isNull();
		assertThat(settings.get("maven.repo.local")).isNull();
	}

	@Test
	void aProfileFileWinsOverTheApplicationFile() throws IOException {
		write("application.properties", "migrate.schema=base\nmigrate.repository-id=cms");
		write("application-dev.yml", "migrate:\n  schema: dev\n");
		ProjectSettings settings = ProjectSettings.read(Map.of("migrate.profile", "dev"), Map.of(), Map.of(),
				this.resources);
		MigrateProperties properties = settings.migrateProperties();
		assertThat(properties.getSchema()).isEqualTo("dev");
		assertThat(properties.getRepositoryId()).isEqualTo("cms");
	}

	@Test
	void springProfilesActiveFromTheApplicationFileChoosesTheProfile() throws IOException {
		write("application.properties", "spring.profiles.active=local\nmigrate.schema=base");
		write("application-local.properties", "migrate.schema=local");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of(), this.resources);
		assertThat(settings.profiles()).containsExactly("local");
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("local");
	}

	@Test
	void migrateProfileWinsOverSpringProfilesActive() throws IOException {
		write("application.properties", "spring.profiles.active=local");
		write("application-local.properties", "migrate.schema=local");
		write("application-ci.properties", "migrate.schema=ci");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of("migrate.profile", "ci"),
				Map.of("SPRING_PROFILES_ACTIVE", "local"), this.resources);
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("ci");
	}

	@Test
	void yamlDocumentsCountOnlyForTheirProfiles() throws IOException {
		write("application.yml", """
				migrate:
				  schema: base
				---
				spring.config.activate.on-profile: prod
				migrate:
				  schema: prod
				---
				spring.config.activate.on-profile: "!prod"
				migrate:
				  repository-id: not_prod
				""");
		ProjectSettings none = ProjectSettings.read(Map.of(), Map.of(), Map.of(), this.resources);
		assertThat(none.migrateProperties().getSchema()).isEqualTo("base");
		assertThat(none.migrateProperties().getRepositoryId()).isEqualTo("not_prod");
		ProjectSettings prod = ProjectSettings.read(Map.of("spring.profiles.active", "prod"), Map.of(), Map.of(),
				this.resources);
		assertThat(prod.migrateProperties().getSchema()).isEqualTo("prod");
		assertThat(prod.migrateProperties().getRepositoryId()).isNull();
	}

	@Test
	void propertiesWinOverYamlInTheSameFolder() throws IOException {
		write("application.properties", "migrate.schema=properties");
		write("application.yml", "migrate:\n  schema: yaml\n  repository-id: from_yaml\n");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of(), this.resources);
		assertThat(settings.migrateProperties().getSchema()).isEqualTo("properties");
		assertThat(settings.migrateProperties().getRepositoryId()).isEqualTo("from_yaml");
	}

	@Test
	void placeholdersResolveFromTheEnvironment() throws IOException {
		write("application.yml", """
				spring:
				  datasource:
				    url: jdbc:postgresql://${DB_HOST:localhost}/app
				    password: ${DB_PASSWORD}
				""");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of("DB_PASSWORD", "s3cret"),
				this.resources);
		assertThat(settings.get("spring.datasource.password")).isEqualTo("s3cret");
		assertThat(settings.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost/app");
	}

	@Test
	void relaxedNamesBindAsAtRuntime() throws IOException {
		write("application.properties", "migrate.repositoryId=camel\nmigrate.java_package=com.example.db");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of("MIGRATE_HISTORYTABLE", "hist"),
				this.resources);
		MigrateProperties properties = settings.migrateProperties();
		assertThat(properties.getRepositoryId()).isEqualTo("camel");
		assertThat(properties.getJavaPackage()).isEqualTo("com.example.db");
		assertThat(properties.getHistoryTable()).isEqualTo("hist");
	}

	@Test
	void placeholdersOfThePluginConfigurationBindToTheMap() {
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of("migrate.placeholders.owner", "app"), Map.of(),
				this.resources);
		assertThat(settings.migrateProperties().getPlaceholders()).containsEntry("owner", "app");
	}

	@Test
	void aValueThatDoesNotBindNamesTheProperty() throws IOException {
		write("application.properties", "migrate.lock-timeout=soon");
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of(), this.resources);
		assertThatExceptionOfType(SettingsException.class).isThrownBy(settings::migrateProperties)
			.withMessageContaining("migrate.lock-timeout");
	}

	@Test
	void explicitSettingsComeFromTheCommandLineAndTheConfigurationOnly() throws IOException {
		write("application.properties", "migrate.target=3");
		ProjectSettings fromFile = ProjectSettings.read(Map.of(), Map.of(), Map.of("MIGRATE_TARGET", "2"),
				this.resources);
		assertThat(fromFile.explicit("migrate.target")).isNull();
		ProjectSettings fromUser = ProjectSettings.read(Map.of("migrate.target", "1"), Map.of("migrate.target", "4"),
				Map.of(), this.resources);
		assertThat(fromUser.explicit("migrate.target")).isEqualTo("1");
	}

	@Test
	void aMissingFolderHasNoSettings() {
		ProjectSettings settings = ProjectSettings.read(Map.of(), Map.of(), Map.of(),
				this.resources.resolve("missing"));
		assertThat(settings.migrateProperties().getLocation()).isEqualTo("classpath:db/migrate");
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.resources.resolve(name), content);
	}

}

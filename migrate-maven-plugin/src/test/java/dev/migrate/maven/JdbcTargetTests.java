package dev.migrate.maven;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The database is chosen as the application chooses it. */
class JdbcTargetTests {

	private static final Path NO_FILES = Path.of("does-not-exist");

	@Test
	void migrateUrlComesWithMigrateCredentialsOnly() {
		JdbcTarget target = choose(Map.of("migrate.url", "jdbc:postgresql://db/m", "migrate.user", "owner",
				"spring.datasource.url", "jdbc:postgresql://db/app", "spring.datasource.username", "app",
				"spring.datasource.password", "app-secret"));
		assertThat(target.url()).isEqualTo("jdbc:postgresql://db/m");
		assertThat(target.user()).isEqualTo("owner");
		assertThat(target.password()).isNull();
	}

	@Test
	void theApplicationsDataSourceTakesMigrateCredentialsOverItsOwn() {
		JdbcTarget target = choose(Map.of("spring.datasource.url", "jdbc:postgresql://db/app",
				"spring.datasource.username", "app", "spring.datasource.password", "app-secret", "migrate.user",
				"owner", "migrate.password", "owner-secret"));
		assertThat(target.url()).isEqualTo("jdbc:postgresql://db/app");
		assertThat(target.user()).isEqualTo("owner");
		assertThat(target.password()).isEqualTo("owner-secret");
	}

	@Test
	void theApplicationsDataSourceKeepsItsCredentialsWithoutMigrateOnes() {
		JdbcTarget target = choose(Map.of("spring.datasource.url", "jdbc:postgresql://db/app",
				"spring.datasource.username", "app", "spring.datasource.password", "app-secret",
				"spring.datasource.driver-class-name", "org.postgresql.Driver"));
		assertThat(target.user()).isEqualTo("app");
		assertThat(target.password()).isEqualTo("app-secret");
		assertThat(target.driverClassName()).isEqualTo("org.postgresql.Driver");
	}

	@Test
	void noUrlSaysWhichPropertiesToSetAndWhere() {
		assertThatExceptionOfType(SettingsException.class).isThrownBy(() -> choose(Map.of()))
			.withMessageContaining("migrate.url")
			.withMessageContaining("spring.datasource.url")
			.withMessageContaining("application.properties")
			.withMessageContaining("<configuration>")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void itsTextHasNoCredentials() {
		JdbcTarget target = choose(Map.of("migrate.url", "jdbc:mariadb://root:hunter2@db/m?password=hunter2",
				"migrate.password", "hunter2"));
		assertThat(target.toString()).isEqualTo("jdbc:mariadb://root:***@db/m?password=***").doesNotContain("hunter2");
	}

	private static JdbcTarget choose(Map<String, String> userProperties) {
		ProjectSettings settings = ProjectSettings.read(userProperties, Map.of(), Map.of(), NO_FILES);
		return JdbcTarget.choose(settings.migrateProperties(), settings);
	}

}

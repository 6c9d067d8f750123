package dev.migrate.maven;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.core.JdbcUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The database to work on, chosen as the application chooses it: {@code migrate.url} with
 * {@code migrate.user}/{@code migrate.password}; else {@code spring.datasource.url}, with
 * {@code migrate.user}/{@code migrate.password} over {@code spring.datasource.username}/{@code password}.
 *
 * @param url the JDBC URL
 * @param user the user, if any
 * @param password the password, if any
 * @param driverClassName the driver class named by {@code spring.datasource.driver-class-name}, if any
 */
record JdbcTarget(String url, @Nullable String user, @Nullable String password, @Nullable String driverClassName) {

	static final String NO_URL = "No database to work on: set migrate.url (or spring.datasource.url) in "
			+ "src/main/resources/application.properties or .yml, as <url> in the plugin's <configuration>, "
			+ "as -Dmigrate.url=jdbc:... or as the environment variable MIGRATE_URL";

	static JdbcTarget choose(MigrateProperties migrate, ProjectSettings settings) {
		if (StringUtils.hasText(migrate.getUrl())) {
			return new JdbcTarget(migrate.getUrl(), migrate.getUser(), migrate.getPassword(), null);
		}
		String url = settings.get("spring.datasource.url");
		if (!StringUtils.hasText(url)) {
			throw new SettingsException(NO_URL);
		}
		String user = (migrate.getUser() != null) ? migrate.getUser() : settings.get("spring.datasource.username");
		String password = (migrate.getPassword() != null) ? migrate.getPassword()
				: settings.get("spring.datasource.password");
		return new JdbcTarget(url, user, password, settings.get("spring.datasource.driver-class-name"));
	}

	@Override
	public String toString() {
		return JdbcUrls.withoutCredentials(this.url);
	}

}

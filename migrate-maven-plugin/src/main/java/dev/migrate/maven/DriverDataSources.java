package dev.migrate.maven;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import javax.sql.DataSource;

import dev.migrate.core.JdbcUrls;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * DataSources over the project's JDBC driver. The driver is loaded from the project's class loader:
 * {@code DriverManager} does not hand out drivers of a child class loader to the plugin.
 */
final class DriverDataSources {

	private DriverDataSources() {
	}

	/**
	 * MariaDB's driver logs every SQL error as a warning through SLF4J, which in Maven is the console:
	 * the engine's expected probes (is there a version table?) would read as problems. Its own
	 * errors still show; a {@code -D} setting of the same property wins.
	 */
	private static final String MARIADB_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.mariadb.jdbc";

	/**
	 * A DataSource that opens a new connection each call; the engine reports a failed one with its URL, the
	 * password hidden ({@link dev.migrate.core.ConnectionFailedException}).
	 */
	static DataSource create(JdbcTarget target, ClassLoader classLoader) {
		System.getProperties().putIfAbsent(MARIADB_LOG_LEVEL, "error");
		Driver driver = (target.driverClassName() != null) ? named(target.driverClassName(), classLoader)
				: accepting(target.url(), classLoader);
		return new SimpleDriverDataSource(driver, target.url(), target.user(), target.password());
	}

	private static Driver named(String className, ClassLoader classLoader) {
		try {
			return (Driver) Class.forName(className, true, classLoader).getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | ClassCastException | LinkageError ex) {
			throw new SettingsException("Cannot load the JDBC driver " + className
					+ " (spring.datasource.driver-class-name) from the project's runtime classpath: " + ex, ex);
		}
	}

	private static Driver accepting(String url, ClassLoader classLoader) {
		for (var iterator = ServiceLoader.load(Driver.class, classLoader).iterator(); hasNext(iterator);) {
			try {
				Driver driver = iterator.next();
				if (driver.acceptsURL(url)) {
					return driver;
				}
			}
			catch (ServiceConfigurationError | SQLException ex) {
				// a driver that cannot load or answer is not the one for this URL
			}
		}
		throw new SettingsException("No JDBC driver on the project's runtime classpath accepts "
				+ JdbcUrls.withoutCredentials(url) + ": add the driver as a dependency of the project (for example org.postgresql:postgresql or "
				+ "org.mariadb.jdbc:mariadb-java-client)");
	}

	private static boolean hasNext(java.util.Iterator<Driver> iterator) {
		try {
			return iterator.hasNext();
		}
		catch (ServiceConfigurationError ex) {
			return false;
		}
	}

}

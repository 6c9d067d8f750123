package dev.migrate.benchmarks.context;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest application that uses its database at startup, with one migration tool or none. */
@SpringBootApplication(proxyBeanMethods = false)
public class ContextApplication {

	/** Touches the database during startup, as any application that reads data does. */
	@Bean
	SmartInitializingSingleton databaseUser(DataSource dataSource) {
		return () -> {
			try {
				dataSource.getConnection().close();
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}

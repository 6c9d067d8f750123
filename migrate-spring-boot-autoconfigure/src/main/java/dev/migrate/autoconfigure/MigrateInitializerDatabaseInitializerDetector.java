package dev.migrate.autoconfigure;

import java.util.Set;

import dev.migrate.autoconfigure.command.MigrateCommandInitializer;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigrateInitializer}, {@link MigrateFleetInitializer} and
 * {@link MigrateCommandInitializer}:
 * what makes the beans that read the schema wait for migrations. Its order puts migrations before the
 * {@code spring.sql.init} scripts.
 */
class MigrateInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrateInitializer.class, MigrateFleetInitializer.class, MigrateCommandInitializer.class);
	}

	@Override
	public int getOrder() {
		return 1;
	}

}

package dev.migrate.autoconfigure;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link MigrateInitializer} does at startup, in place of "upgrade to {@code migrate.target}".
 * Declare one as a bean, for example to do nothing ({@code migrate -> null}) where a separate job runs the
 * migrations, or to go back ({@code migrate -> migrate.downgrade(3)}). When {@code migrate.command} is set,
 * that command runs instead and the strategy does not. With {@code migrate.repositories}, a strategy qualified
 * with a repository's name ({@code @Qualifier("orders")}) is that repository's, and an unqualified one every
 * other's.
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Runs the migrations of one repository.
	 * @param migrate the engine, configured from {@code migrate.*}
	 * @return what ran, for the metrics; null when nothing ran
	 */
	@Nullable MigrationResult migrate(Migrate migrate);

}

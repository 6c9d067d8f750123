package dev.migrate.autoconfigure;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrationResult;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Runs the {@link MigrationStrategy} (by default: upgrade to {@code migrate.target}) when the bean is
 * initialized. A {@code DatabaseInitializerDetector} names this type to Spring Boot, so the
 * EntityManagerFactory, JdbcTemplate and {@code @DependsOnDatabaseInitialization} beans are created after
 * it.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

	private final Migrate migrate;

	private final @Nullable MigrationStrategy strategy;

	private final @Nullable String repository;

	private int order;

	private volatile @Nullable MigrationResult result;

	/**
	 * An initializer that upgrades to the configured target.
	 * @param migrate the engine
	 */
	public MigrateInitializer(Migrate migrate) {
		this(migrate, null);
	}

	/**
	 * An initializer that runs a strategy.
	 * @param migrate the engine
	 * @param strategy what to run; null to upgrade to the configured target
	 */
	public MigrateInitializer(Migrate migrate, @Nullable MigrationStrategy strategy) {
		this(migrate, strategy, null);
	}

	/**
	 * An initializer of one of several repositories, whose failure names the repository.
	 * @param migrate the engine
	 * @param strategy what to run; null to upgrade to the configured target
	 * @param repository the repository's name ({@code migrate}, or that of a {@code migrate.repositories}
	 *     entry), for a {@link MigrateRepositoryException} around a failure; null to throw the failure as it is
	 */
	public MigrateInitializer(Migrate migrate, @Nullable MigrationStrategy strategy, @Nullable String repository) {
		this.migrate = migrate;
		this.strategy = strategy;
		this.repository = repository;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			this.result = (this.strategy != null) ? this.strategy.migrate(this.migrate) : this.migrate.upgrade();
		}
		catch (RuntimeException ex) {
			if (this.repository == null) {
				throw ex;
			}
			throw new MigrateRepositoryException(this.repository, ex);
		}
	}

	/** The engine this initializer runs. */
	public Migrate getMigrate() {
		return this.migrate;
	}

	/** The repository's name when it is one of several; null when it is the application's only one. */
	public @Nullable String getRepository() {
		return this.repository;
	}

	/** What ran at startup; null before the initializer ran, or when the strategy ran nothing. */
	public @Nullable MigrationResult getResult() {
		return this.result;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	public void setOrder(int order) {
		this.order = order;
	}

}

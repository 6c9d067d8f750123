package dev.migrate.autoconfigure;

import dev.migrate.core.FleetFailedException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateFleet;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Migrates every schema of a {@link MigrateFleet} with the application's {@link Migrate} when the bean is
 * initialized, in place of the {@link MigrateInitializer}; fails with a {@link FleetFailedException} when
 * any schema failed, once all the others ran. A {@code DatabaseInitializerDetector} names this type to
 * Spring Boot, so the beans that read the schema are created after it.
 */
public class MigrateFleetInitializer implements InitializingBean, Ordered {

	private final Migrate migrate;

	private final MigrateFleet fleet;

	private int order;

	private volatile @Nullable FleetResult result;

	/**
	 * An initializer of a fleet.
	 * @param migrate the engine, whose configuration is every schema's but for the schema
	 * @param fleet the schemas
	 */
	public MigrateFleetInitializer(Migrate migrate, MigrateFleet fleet) {
		this.migrate = migrate;
		this.fleet = fleet;
	}

	@Override
	public void afterPropertiesSet() {
		FleetResult result = this.migrate.upgrade(this.fleet);
		this.result = result;
		if (!result.successful()) {
			throw new FleetFailedException(result);
		}
	}

	/** The engine this initializer runs. */
	public Migrate getMigrate() {
		return this.migrate;
	}

	/** The fleet it migrates. */
	public MigrateFleet getFleet() {
		return this.fleet;
	}

	/** What the startup did to each schema; null before the initializer ran. */
	public @Nullable FleetResult getResult() {
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

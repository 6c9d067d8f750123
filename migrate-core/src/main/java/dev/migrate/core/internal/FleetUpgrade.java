package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.migrate.core.ConnectionFailedException;
import dev.migrate.core.FleetResult;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrateFleet;
import dev.migrate.core.TargetOutcome;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.internal.Session.Need;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades every schema of a fleet with one repository. The repository is loaded once; each schema is
 * first checked in one query on one shared connection ({@link FleetCheck}), and only those with work (or
 * that the check cannot vouch for) get a session of their own, on a bounded pool, where the usual upgrade
 * runs with its lock and its recording protocol. A failure in one schema does not stop the others unless
 * the fleet fails fast; every schema's outcome is in the result.
 */
public final class FleetUpgrade {

	private static final Logger logger = LoggerFactory.getLogger(FleetUpgrade.class);

	private final MigrateConfig config;

	private final MigrateFleet fleet;

	public FleetUpgrade(MigrateConfig config, MigrateFleet fleet) {
		this.config = config;
		this.fleet = fleet;
	}

	/** Upgrades the fleet to the configured target, else the latest version. */
	public FleetResult run() throws SQLException {
		long start = System.nanoTime();
		Dialect dialect;
		List<String> schemas;
		LoadedRepository loaded;
		int version;
		FleetCheck check;
		try (Connection connection = connection(this.config.dataSource())) {
			dialect = (this.config.dialect() != null) ? this.config.dialect() : Dialects.detect(connection);
			schemas = schemas(connection);
			loaded = LoadedRepository.load(this.config, dialect);
			version = target(loaded);
			check = new FleetCheck(this.config, loaded, dialect, version);
			check.prepare(connection);
		}
		String repositoryId = loaded.repositoryId(this.config);
		TargetOutcome[] outcomes = new TargetOutcome[schemas.size()];
		if (schemas.isEmpty()) {
			logger.warn("The fleet of repository '{}' has no schemas ({}): nothing to migrate", repositoryId,
					this.fleet.describe());
			return result(repositoryId, version, outcomes, start);
		}
		int parallelism = Math.min(parallelism(this.fleet, this.config.dataSource()), schemas.size());
		if (parallelism > 1 && !dialect.changesSchemasConcurrently()) {
			if (this.fleet.parallelism() != null) {
				logger.warn("Fleet of repository '{}': migrating one schema at a time, not {} (migrate.fleet.parallelism): "
						+ "on {} one schema's changes would wait on another's", repositoryId, parallelism,
						dialect.productName());
			}
			parallelism = 1;
		}
		ExecutorService pool = pool(parallelism);
		try {
			check(check, schemas, outcomes, pool, parallelism);
			List<Integer> pending = new ArrayList<>();
			for (int index = 0; index < outcomes.length; index++) {
				if (outcomes[index] == null) {
					pending.add(index);
				}
			}
			if (pending.isEmpty()) {
				logger.info("Fleet of repository '{}': {} schemas to version {}, all current (checked {} a query, no lock)",
						repositoryId, schemas.size(), version, FleetCheck.BATCH);
			}
			else {
				logger.info("Fleet of repository '{}': {} schemas to version {}, {} current (checked {} a query, no lock), "
						+ "{} to upgrade {} at a time", repositoryId, schemas.size(), version, schemas.size() - pending.size(),
						FleetCheck.BATCH, pending.size(), Math.min(parallelism, pending.size()));
				upgrade(pending, schemas, outcomes, new Targets(dialect, loaded), pool,
						new FleetProgress(repositoryId, schemas.size(), schemas.size() - pending.size(), start));
			}
		}
		finally {
			pool.shutdownNow();
		}
		return result(repositoryId, version, outcomes, start);
	}

	private FleetResult result(String repositoryId, int version, TargetOutcome[] outcomes, long start) {
		FleetResult result = new FleetResult(repositoryId, version, Arrays.asList(outcomes),
				Duration.ofNanos(System.nanoTime() - start));
		for (TargetOutcome failure : result.failures()) {
			logger.error("Fleet of repository '{}': schema '{}' failed: {}", repositoryId, failure.schema(),
					failure.failure().getMessage());
		}
		if (result.successful()) {
			logger.info(result.summary());
		}
		else {
			logger.warn(result.summary());
		}
		return result;
	}

	private static ExecutorService pool(int parallelism) {
		AtomicInteger threads = new AtomicInteger();
		return Executors.newFixedThreadPool(parallelism, (task) -> {
			Thread thread = new Thread(task, "migrate-fleet-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Checks every schema, {@link FleetCheck#BATCH} a query, in slices, one connection a slice: on a fresh
	 * connection the database reads each schema's tables into its caches, which the slices do side by side.
	 */
	private void check(FleetCheck check, List<String> schemas, TargetOutcome[] outcomes, ExecutorService pool,
			int slices) {
		int size = (schemas.size() + slices - 1) / slices;
		List<Future<Void>> checks = new ArrayList<>();
		for (int from = 0; from < schemas.size(); from += size) {
			int first = from;
			int last = Math.min(schemas.size(), from + size);
			checks.add(pool.submit(() -> {
				try (Connection connection = connection(this.config.dataSource())) {
					boolean autoCommit = connection.getAutoCommit();
					connection.setAutoCommit(true);
					boolean[] current = check.current(connection, schemas.subList(first, last));
					for (int index = first; index < last; index++) {
						if (current[index - first]) {
							outcomes[index] = TargetOutcome.current(schemas.get(index), check.version());
						}
					}
					connection.setAutoCommit(autoCommit);
				}
				return null;
			}));
		}
		for (Future<Void> each : checks) {
			await(each);
		}
	}

	/** Upgrades the pending schemas on the pool, logging progress while it runs. */
	private void upgrade(List<Integer> pending, List<String> schemas, TargetOutcome[] outcomes, Targets targets,
			ExecutorService pool, FleetProgress progress) {
		CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
		for (int index : pending) {
			completion.submit(() -> {
				outcomes[index] = targets.upgrade(schemas.get(index));
				return index;
			});
		}
		long interval = this.fleet.progressInterval().toNanos();
		long nextReport = System.nanoTime() + interval;
		for (int left = pending.size(); left > 0;) {
			Future<Integer> done;
			try {
				done = completion.poll(Math.max(0, nextReport - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				throw interrupted(ex);
			}
			if (done == null) {
				progress.log();
				nextReport = System.nanoTime() + interval;
				continue;
			}
			int index = await(done);
			progress.finished(outcomes[index].state() == TargetOutcome.State.FAILED);
			left--;
		}
	}

	/** A task's result; what it threw, thrown here. */
	private static <T> T await(Future<T> task) {
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			throw interrupted(ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			if (ex.getCause() instanceof MigrateException migrateException) {
				throw migrateException;
			}
			throw new MigrateException("The fleet's upgrade failed: " + ex.getCause(), ex.getCause());
		}
	}

	private static MigrateException interrupted(InterruptedException ex) {
		Thread.currentThread().interrupt();
		return new MigrateException("Interrupted while the fleet was migrating: the schemas under way stop at their "
				+ "next statement, each as its recording protocol leaves it", ex);
	}

	/** The schemas the fleet names, each once, in order; a query runs on a connection of its own. */
	public List<String> schemas() throws SQLException {
		if (this.fleet.query() == null) {
			return schemas(null);
		}
		try (Connection connection = connection(this.config.dataSource())) {
			return schemas(connection);
		}
	}

	/** The schemas the fleet names, each once, in order; the query runs on the given connection. */
	private List<String> schemas(@Nullable Connection connection) {
		List<String> listed;
		if (this.fleet.query() == null) {
			listed = this.fleet.schemas();
		}
		else {
			listed = new ArrayList<>();
			try (Statement statement = Objects.requireNonNull(connection).createStatement();
					ResultSet result = statement.executeQuery(this.fleet.query())) {
				while (result.next()) {
					String schema = result.getString(1);
					if (schema == null) {
						logger.warn("The fleet's query '{}' listed a null schema name, which is left out", this.fleet.query());
					}
					else {
						listed.add(schema);
					}
				}
			}
			catch (SQLException ex) {
				throw new MigrateException("The fleet's query '" + this.fleet.query() + "', which lists its schemas, failed: "
						+ ex.getMessage() + ". Correct the query (migrate.fleet.query): its first column names a schema a row. "
						+ "Nothing was changed.", ex);
			}
		}
		Set<String> unique = new LinkedHashSet<>(listed);
		if (unique.size() < listed.size()) {
			logger.warn("The fleet ({}) names {} schemas more than once; each is migrated once", this.fleet.describe(),
					listed.size() - unique.size());
		}
		return List.copyOf(unique);
	}

	/** The version the fleet goes to: the configured target, else the latest; checked. */
	private int target(LoadedRepository loaded) {
		int latest = loaded.repository().version();
		Integer target = this.config.target();
		if (target != null && target > latest) {
			throw new InvalidVersionException("Cannot upgrade the fleet to version " + target + ": the repository's "
					+ "versions run from 0 to " + latest + ". Nothing was changed.");
		}
		return (target != null) ? target : latest;
	}

	private static Connection connection(DataSource dataSource) {
		try {
			return dataSource.getConnection();
		}
		catch (SQLException | RuntimeException ex) {
			throw new ConnectionFailedException(DataSourceProperties.url(dataSource), ex);
		}
	}

	/**
	 * How many schemas run at once: the fleet's parallelism, else the pool's size minus one (a connection
	 * left for the application) where the DataSource tells it (Hikari's {@code getMaximumPoolSize}), else
	 * {@link MigrateFleet#DEFAULT_PARALLELISM}.
	 */
	static int parallelism(MigrateFleet fleet, DataSource dataSource) {
		if (fleet.parallelism() != null) {
			return fleet.parallelism();
		}
		Integer poolSize = DataSourceProperties.maximumPoolSize(dataSource);
		return (poolSize != null) ? Math.max(1, poolSize - 1) : MigrateFleet.DEFAULT_PARALLELISM;
	}

	/** Upgrades one schema of the fleet in a session of its own, and says how it went. */
	private final class Targets {

		private final Dialect dialect;

		private final LoadedRepository loaded;

		private final AtomicBoolean failed = new AtomicBoolean();

		Targets(Dialect dialect, LoadedRepository loaded) {
			this.dialect = dialect;
			this.loaded = loaded;
		}

		TargetOutcome upgrade(String schema) {
			if (FleetUpgrade.this.fleet.failFast() && this.failed.get()) {
				return TargetOutcome.notRun(schema);
			}
			TargetOutcome outcome = attempt(schema);
			if (outcome.state() == TargetOutcome.State.FAILED) {
				this.failed.set(true);
			}
			return outcome;
		}

		private TargetOutcome attempt(String schema) {
			MigrateConfig config;
			try {
				config = FleetUpgrade.this.config.toBuilder().schema(schema).dialect(this.dialect).build();
			}
			catch (IllegalArgumentException ex) {
				return TargetOutcome.failed(schema, null, new MigrateException("The fleet's schema '" + schema
						+ "' cannot be migrated: " + ex.getMessage() + ". Nothing was run on it.", ex));
			}
			try (Session session = Session.open(config, Need.UPGRADE, this.loaded)) {
				return TargetOutcome.migrated(schema, new Upgrade(session).run(null));
			}
			catch (MigrateException ex) {
				return TargetOutcome.failed(schema, dbVersion(config), ex);
			}
			catch (SQLException ex) {
				return TargetOutcome.failed(schema, dbVersion(config),
						new MigrateException("The database failed: " + ex.getMessage(), ex));
			}
			catch (RuntimeException ex) {
				return TargetOutcome.failed(schema, dbVersion(config),
						new MigrateException("The upgrade of schema '" + schema + "' failed: " + ex, ex));
			}
		}

		/** The db version a failure left, read again; null where it cannot be read. */
		private @Nullable Integer dbVersion(MigrateConfig config) {
			try (Session session = Session.open(config.toBuilder().createSchema(false).build(), Need.DATABASE,
					this.loaded)) {
				return session.versionTable().read(session.repositoryId());
			}
			catch (SQLException | RuntimeException ex) {
				return null;
			}
		}

	}

}

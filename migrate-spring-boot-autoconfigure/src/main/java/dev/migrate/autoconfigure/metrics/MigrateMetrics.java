package dev.migrate.autoconfigure.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrateRepositories;
import dev.migrate.core.ChangesetRun;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateException;
import dev.migrate.core.MigrationResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds Migrate's meters: {@value #CHANGESET_TIMER}, one timer per changeset that ran at startup (tags
 * {@code repository}, {@code version}, {@code direction}, {@code type}); and {@value #DB_VERSION_GAUGE},
 * each repository's db version (tag {@code repository}), read from the database when the gauge is
 * read, NaN when it cannot be. The tag {@code repository} is a {@code migrate.repositories} entry's name,
 * else the repository id.
 */
public class MigrateMetrics implements MeterBinder {

	/** The name of the timer of changeset runs. */
	public static final String CHANGESET_TIMER = "migrate.changeset";

	/** The name of the gauge of db versions. */
	public static final String DB_VERSION_GAUGE = "migrate.db.version";

	private static final Logger logger = LoggerFactory.getLogger(MigrateMetrics.class);

	private final Map<String, Migrate> migrates;

	private final List<MigrateInitializer> initializers;

	private final MigrateRepositories repositories;

	/**
	 * The meters of some repositories.
	 * @param migrates the {@link Migrate} beans, by bean name
	 * @param initializers the initializers whose runs are timed
	 */
	public MigrateMetrics(Map<String, Migrate> migrates, List<MigrateInitializer> initializers) {
		this(migrates, initializers, new MigrateRepositories(Map.of()));
	}

	/**
	 * The meters of some repositories, those of {@code migrate.repositories} tagged with their names.
	 * @param migrates the {@link Migrate} beans, by bean name
	 * @param initializers the initializers whose runs are timed
	 * @param repositories the {@code migrate.repositories} entries, which name their beans
	 */
	public MigrateMetrics(Map<String, Migrate> migrates, List<MigrateInitializer> initializers,
			MigrateRepositories repositories) {
		this.migrates = Map.copyOf(migrates);
		this.initializers = List.copyOf(initializers);
		this.repositories = repositories;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MigrateInitializer initializer : this.initializers) {
			MigrationResult result = initializer.getResult();
			if (result != null) {
				String repository = named(initializer.getMigrate());
				String tag = (repository != null) ? repository : result.repositoryId();
				result.runs().forEach((run) -> timer(registry, tag, run)
					.record(run.executionMs(), TimeUnit.MILLISECONDS));
			}
		}
		this.migrates.forEach((name, migrate) -> {
			String repository = this.repositories.nameOf(name);
			String tag = (repository != null) ? repository : repositoryId(migrate);
			if (tag == null) {
				logger.warn("No {} gauge for the Migrate bean '{}': its repository could not be read", DB_VERSION_GAUGE,
						name);
				return;
			}
			Gauge.builder(DB_VERSION_GAUGE, migrate, MigrateMetrics::dbVersion)
				.description("The version the database is at")
				.tag("repository", tag)
				.strongReference(true)
				.register(registry);
		});
	}

	private static Timer timer(MeterRegistry registry, String repositoryId, ChangesetRun run) {
		return Timer.builder(CHANGESET_TIMER)
			.description("Time taken by one changeset run")
			.tags(Tags.of("repository", repositoryId, "version", Integer.toString(run.version()), "direction",
					run.direction().value(), "type", run.type().name()))
			.register(registry);
	}

	/** The {@code migrate.repositories} name of an engine; null when it is none of theirs. */
	private @Nullable String named(Migrate migrate) {
		for (Map.Entry<String, Migrate> entry : this.migrates.entrySet()) {
			if (entry.getValue() == migrate) {
				return this.repositories.nameOf(entry.getKey());
			}
		}
		return null;
	}

	private @Nullable String repositoryId(Migrate migrate) {
		for (MigrateInitializer initializer : this.initializers) {
			MigrationResult result = initializer.getResult();
			if (initializer.getMigrate() == migrate && result != null) {
				return result.repositoryId();
			}
		}
		try {
			return migrate.status().repositoryId();
		}
		catch (MigrateException ex) {
			return null;
		}
	}

	private static double dbVersion(Migrate migrate) {
		try {
			return migrate.dbVersion();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}

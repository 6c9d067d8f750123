package dev.migrate.core;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fleet: the schemas (on MySQL and MariaDB: databases) that one repository migrates, each a tenant of
 * its own, all on the configuration's DataSource. The schemas are named by a fixed list or by a query on
 * that DataSource whose first column lists them. {@link Migrate#upgrade(MigrateFleet)} migrates them on
 * a bounded pool and reports each one.
 *
 * @param schemas the schemas, when they are a fixed list; empty when a query lists them
 * @param query the query that lists the schemas in its first column; null for the fixed list
 * @param parallelism how many schemas are migrated at once; null for the DataSource's pool size minus one
 * when it is a Hikari pool, else {@value #DEFAULT_PARALLELISM}
 * @param failFast whether the first failure stops the schemas not yet started (in flight ones finish)
 * @param progressInterval how often a run that is still going logs its progress
 */
public record MigrateFleet(List<String> schemas, @Nullable String query, @Nullable Integer parallelism,
		boolean failFast, Duration progressInterval) {

	/** The parallelism when the DataSource's pool size is not known. */
	public static final int DEFAULT_PARALLELISM = 4;

	/** How often a run logs its progress by default. */
	public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(5);

	/** Checks every value, so that a bad fleet fails when it is made, not halfway through a run. */
	public MigrateFleet {
		schemas = List.copyOf(schemas);
		if (query != null && query.isBlank()) {
			throw new InvalidConfigException("fleet.query", query, "must not be empty",
					"fleet.query must not be empty: name the schemas, or give a query that lists them");
		}
		if (query != null && !schemas.isEmpty()) {
			throw new InvalidConfigException("fleet.query", query, "is set together with fleet.schemas",
					"fleet.schemas and fleet.query are both set: name the schemas one way, either a list or a query");
		}
		for (String schema : schemas) {
			if (!MigrateConfig.isPlainName(schema)) {
				String reason = "is not a plain SQL name: use letters, digits and '_', starting with a letter, at most "
						+ "63 characters";
				throw new InvalidConfigException("fleet.schemas", schema, reason, "fleet.schemas '" + schema + "' " + reason);
			}
		}
		if (parallelism != null && parallelism < 1) {
			throw new InvalidConfigException("fleet.parallelism", String.valueOf(parallelism), "must be 1 or more",
					"fleet.parallelism must be 1 or more, not " + parallelism);
		}
		if (progressInterval == null || progressInterval.isNegative() || progressInterval.isZero()) {
			throw new InvalidConfigException("fleet.progressInterval", String.valueOf(progressInterval),
					"must be positive", "fleet.progressInterval must be positive, not " + progressInterval);
		}
	}

	/** A fleet of these schemas, with the default parallelism, not failing fast. */
	public static MigrateFleet of(List<String> schemas) {
		return new MigrateFleet(schemas, null, null, false, DEFAULT_PROGRESS_INTERVAL);
	}

	/** A fleet of these schemas. */
	public static MigrateFleet of(String... schemas) {
		return of(List.of(schemas));
	}

	/** A fleet of the schemas that a query on the DataSource lists in its first column, run when the fleet is migrated. */
	public static MigrateFleet query(String query) {
		return new MigrateFleet(List.of(), query, null, false, DEFAULT_PROGRESS_INTERVAL);
	}

	/** This fleet, migrating {@code parallelism} schemas at once; null for the default. */
	public MigrateFleet withParallelism(@Nullable Integer parallelism) {
		return new MigrateFleet(this.schemas, this.query, parallelism, this.failFast, this.progressInterval);
	}

	/** This fleet, stopping at the first failure or not. */
	public MigrateFleet withFailFast(boolean failFast) {
		return new MigrateFleet(this.schemas, this.query, this.parallelism, failFast, this.progressInterval);
	}

	/** This fleet, logging its progress this often. */
	public MigrateFleet withProgressInterval(Duration progressInterval) {
		return new MigrateFleet(this.schemas, this.query, this.parallelism, this.failFast, progressInterval);
	}

	/** The fleet in words, for messages: the list's size, or the query. */
	public String describe() {
		return (this.query != null) ? "the schemas listed by '" + this.query + "'" : this.schemas.size() + " schemas";
	}

}

package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.MigrateFleet;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The {@code migrate.fleet.*} properties: the schemas (MySQL: databases) of a fleet, each migrated at
 * startup with the application's repository and the {@code migrate.*} settings, in place of the one
 * {@code migrate.schema}. Every default is the engine's ({@link MigrateFleet}).
 */
@ConfigurationProperties("migrate.fleet")
public class MigrateFleetProperties {

	/**
	 * Schemas (MySQL: databases) of the fleet, each migrated at startup in place of migrate.schema.
	 */
	private List<String> schemas = new ArrayList<>();

	/**
	 * Query on the DataSource whose first column lists the fleet's schemas, run at startup; in place of
	 * migrate.fleet.schemas.
	 */
	private @Nullable String query;

	/**
	 * How many schemas are migrated at once. Defaults to the pool's maximum size minus one for a Hikari pool,
	 * else 4.
	 */
	private @Nullable Integer parallelism;

	/**
	 * Whether the first schema that fails stops the schemas not yet started (those under way finish).
	 */
	private boolean failFast;

	/**
	 * How often a fleet's migration logs its progress while it runs.
	 */
	private Duration progressInterval = MigrateFleet.DEFAULT_PROGRESS_INTERVAL;

	/**
	 * One schema of the fleet for migrate.command to run on, in place of the whole fleet; needed by downgrade,
	 * repair, version-control and a dry run.
	 */
	private @Nullable String schema;

	/**
	 * The fleet these properties name, as the auto-configuration builds it; null when neither
	 * {@code migrate.fleet.schemas} nor {@code migrate.fleet.query} is set.
	 */
	public @Nullable MigrateFleet toFleet() {
		if (this.schemas.isEmpty() && !StringUtils.hasText(this.query)) {
			return null;
		}
		return MigrateFleetAutoConfiguration.fleet(this);
	}

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public @Nullable String getQuery() {
		return this.query;
	}

	public void setQuery(@Nullable String query) {
		this.query = query;
	}

	public @Nullable Integer getParallelism() {
		return this.parallelism;
	}

	public void setParallelism(@Nullable Integer parallelism) {
		this.parallelism = parallelism;
	}

	public boolean isFailFast() {
		return this.failFast;
	}

	public void setFailFast(boolean failFast) {
		this.failFast = failFast;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public Duration getProgressInterval() {
		return this.progressInterval;
	}

	public void setProgressInterval(Duration progressInterval) {
		this.progressInterval = progressInterval;
	}

}

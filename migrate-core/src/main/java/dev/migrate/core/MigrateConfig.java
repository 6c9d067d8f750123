package dev.migrate.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.repository.JavaChangeset;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine needs to know, in one immutable value. Build it with {@link #builder()}; the
 * defaults below are the engine's, and Spring Boot's {@code migrate.*} properties default to them.
 *
 * @param dataSource the database to migrate
 * @param location where the repository is: {@code classpath:db/migrate}, {@code file:/path} or a path
 * @param javaPackage the package whose {@code V<NNN>_Name} classes are Java changesets; empty for none
 * @param javaChangesets Java changesets handed in as instances (for example Spring beans)
 * @param classLoader the class loader for classpath locations and Java changesets; null for the
 * thread's context class loader
 * @param repositoryId the repository's id in the version table; null for {@code migrate.cfg}'s
 * {@code repository_id}, else {@value #DEFAULT_REPOSITORY_ID}
 * @param versionTable the version table; null for {@code migrate.cfg}'s {@code version_table}, else
 * {@value #DEFAULT_VERSION_TABLE}
 * @param historyTable the history table
 * @param schema the schema (MySQL: database) to migrate; null for the connection's default
 * @param target the version {@link Migrate#upgrade()} brings the database to; null for the latest
 * @param baselineVersion the version an existing schema is put under version control at
 * @param baselineOnExistingSchema whether {@link Migrate#upgrade()} puts a non-empty schema without a
 * version table under version control at {@code baselineVersion}, rather than refusing
 * @param validateOnUpgrade whether {@link Migrate#upgrade()} first checks the applied changesets'
 * checksums against the repository
 * @param onNewerDatabase what {@link Migrate#upgrade()} does when the database is at a version this
 * repository does not have
 * @param lockTimeout how long a command waits for another instance's migration lock
 * @param placeholders values for {@code ${name}} in SQL scripts
 * @param dialect the database's dialect; null to detect it from the connection
 * @param allowEmptyRepository whether a repository without changesets is accepted; by default it is
 * reported with the location it was looked for at, since that is almost always a mistaken location
 * @param encoding the charset SQL scripts are written in; a byte that is not in it is reported
 * @param createSchema whether a configured {@code schema} that does not exist is created (else reported)
 * @param schemas other schemas (MySQL: databases) that the changesets change, which the round trip
 * compares too; the configured {@code schema} is always compared
 */
public record MigrateConfig(DataSource dataSource, String location, String javaPackage,
		List<JavaChangeset> javaChangesets, @Nullable ClassLoader classLoader, @Nullable String repositoryId,
		@Nullable String versionTable, String historyTable, @Nullable String schema, @Nullable Integer target,
		int baselineVersion, boolean baselineOnExistingSchema, boolean validateOnUpgrade,
		OnNewerDatabase onNewerDatabase, Duration lockTimeout, Map<String, String> placeholders,
		@Nullable Dialect dialect, boolean allowEmptyRepository, Charset encoding, boolean createSchema,
		List<String> schemas) {

	/** The default repository location. */
	public static final String DEFAULT_LOCATION = "classpath:db/migrate";

	/** The default package of Java changesets. */
	public static final String DEFAULT_JAVA_PACKAGE = "db.migrate";

	/** The repository id when neither the configuration nor {@code migrate.cfg} names one. */
	public static final String DEFAULT_REPOSITORY_ID = "migrate";

	/** The version table when neither the configuration nor {@code migrate.cfg} names one. */
	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	/** The default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	/** Checks every value, so that a bad configuration fails when it is built, not halfway through a run. */
	public MigrateConfig {
		requireSet(dataSource, "dataSource");
		requireText(location, "location");
		if (javaPackage == null) {
			throw invalid("javaPackage", null, "must not be null (use \"\" for no Java changesets)");
		}
		javaChangesets = List.copyOf(javaChangesets);
		if (repositoryId != null) {
			requireText(repositoryId, "repositoryId");
			if (repositoryId.length() > 250) {
				throw new InvalidConfigException("repositoryId", repositoryId, "is " + repositoryId.length()
						+ " characters long, more than the 250 of the version table's column: shorten it",
						"repositoryId is " + repositoryId.length() + " characters long, more than the 250 of the "
								+ "version table's column: shorten it");
			}
		}
		if (versionTable != null) {
			requireIdentifier(versionTable, "versionTable");
		}
		requireIdentifier(historyTable, "historyTable");
		if (versionTable != null && versionTable.equalsIgnoreCase(historyTable)) {
			throw new InvalidConfigException("versionTable", versionTable, "is the history table's name too: give each "
					+ "a name of its own", "versionTable and historyTable are both '" + historyTable
							+ "': give each a name of its own");
		}
		if (schema != null) {
			requireIdentifier(schema, "schema");
		}
		if (target != null && target < 0) {
			throw invalid("target", String.valueOf(target), "must be 0 or more");
		}
		if (baselineVersion < 0) {
			throw invalid("baselineVersion", String.valueOf(baselineVersion), "must be 0 or more");
		}
		requireSet(onNewerDatabase, "onNewerDatabase");
		requireSet(lockTimeout, "lockTimeout");
		if (lockTimeout.isNegative()) {
			throw invalid("lockTimeout", String.valueOf(lockTimeout), "must not be negative");
		}
		placeholders = Map.copyOf(placeholders);
		requireSet(encoding, "encoding");
		schemas = List.copyOf(schemas);
		for (String each : schemas) {
			requireIdentifier(each, "schemas");
		}
	}

	/** A builder with the engine's defaults. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts from this configuration's values. */
	public Builder toBuilder() {
		return new Builder(this);
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new InvalidConfigException(name, value, "must not be empty", name + " must not be empty");
		}
	}

	private static void requireSet(@Nullable Object value, String name) {
		if (value == null) {
			throw invalid(name, null, "must not be null");
		}
	}

	/** A refused value, in the message "{@code <name> <reason>[, not <value>]}". */
	private static InvalidConfigException invalid(String name, @Nullable String value, String reason) {
		return new InvalidConfigException(name, value, reason,
				name + " " + reason + ((value != null) ? ", not " + value : ""));
	}

	/**
	 * Whether a value is a plain SQL name, as the version table, the history table and the schema must be,
	 * wherever they are set (here or in {@code migrate.cfg}): nothing else reaches SQL as a name.
	 */
	public static boolean isPlainName(@Nullable String value) {
		return value != null && value.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}");
	}

	private static void requireIdentifier(@Nullable String value, String name) {
		requireText(value, name);
		if (!isPlainName(value)) {
			String reason = "is not a plain SQL name: use letters, digits and '_', starting with a letter, at most 63 "
					+ "characters";
			throw new InvalidConfigException(name, value, reason, name + " '" + value + "' " + reason);
		}
	}

	/** What to do when the database is at a version that the repository does not have. */
	public enum OnNewerDatabase {

		/** Refuse, so that an older release never runs against a schema it does not know. */
		FAIL,

		/** Log a warning and go on. */
		IGNORE,

		/**
		 * Take the versions the repository does not have out with the downgrades recorded in the history
		 * when a newer release upgraded to them, newest first, each checked before any runs; then go on
		 * as usual.
		 */
		DOWNGRADE

	}

	/** Builds a {@link MigrateConfig}; every setter returns the builder. */
	public static final class Builder {

		private @Nullable DataSource dataSource;

		private String location = DEFAULT_LOCATION;

		private String javaPackage = DEFAULT_JAVA_PACKAGE;

		private final List<JavaChangeset> javaChangesets = new ArrayList<>();

		private @Nullable ClassLoader classLoader;

		private @Nullable String repositoryId;

		private @Nullable String versionTable;

		private String historyTable = DEFAULT_HISTORY_TABLE;

		private @Nullable String schema;

		private @Nullable Integer target;

		private int baselineVersion;

		private boolean baselineOnExistingSchema;

		private boolean validateOnUpgrade = true;

		private OnNewerDatabase onNewerDatabase = OnNewerDatabase.FAIL;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private final Map<String, String> placeholders = new LinkedHashMap<>();

		private @Nullable Dialect dialect;

		private boolean allowEmptyRepository;

		private Charset encoding = StandardCharsets.UTF_8;

		private boolean createSchema = true;

		private final List<String> schemas = new ArrayList<>();

		private Builder() {
		}

		private Builder(MigrateConfig config) {
			this.dataSource = config.dataSource;
			this.location = config.location;
			this.javaPackage = config.javaPackage;
			this.javaChangesets.addAll(config.javaChangesets);
			this.classLoader = config.classLoader;
			this.repositoryId = config.repositoryId;
			this.versionTable = config.versionTable;
			this.historyTable = config.historyTable;
			this.schema = config.schema;
			this.target = config.target;
			this.baselineVersion = config.baselineVersion;
			this.baselineOnExistingSchema = config.baselineOnExistingSchema;
			this.validateOnUpgrade = config.validateOnUpgrade;
			this.onNewerDatabase = config.onNewerDatabase;
			this.lockTimeout = config.lockTimeout;
			this.placeholders.putAll(config.placeholders);
			this.dialect = config.dialect;
			this.allowEmptyRepository = config.allowEmptyRepository;
			this.encoding = config.encoding;
			this.createSchema = config.createSchema;
			this.schemas.addAll(config.schemas);
		}

		public Builder dataSource(DataSource dataSource) {
			this.dataSource = dataSource;
			return this;
		}

		public Builder location(String location) {
			this.location = location;
			return this;
		}

		public Builder javaPackage(String javaPackage) {
			this.javaPackage = javaPackage;
			return this;
		}

		public Builder javaChangesets(List<? extends JavaChangeset> javaChangesets) {
			this.javaChangesets.clear();
			this.javaChangesets.addAll(javaChangesets);
			return this;
		}

		public Builder classLoader(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		public Builder repositoryId(@Nullable String repositoryId) {
			this.repositoryId = repositoryId;
			return this;
		}

		public Builder versionTable(@Nullable String versionTable) {
			this.versionTable = versionTable;
			return this;
		}

		public Builder historyTable(String historyTable) {
			this.historyTable = historyTable;
			return this;
		}

		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		public Builder target(@Nullable Integer target) {
			this.target = target;
			return this;
		}

		public Builder baselineVersion(int baselineVersion) {
			this.baselineVersion = baselineVersion;
			return this;
		}

		public Builder baselineOnExistingSchema(boolean baselineOnExistingSchema) {
			this.baselineOnExistingSchema = baselineOnExistingSchema;
			return this;
		}

		public Builder validateOnUpgrade(boolean validateOnUpgrade) {
			this.validateOnUpgrade = validateOnUpgrade;
			return this;
		}

		public Builder onNewerDatabase(OnNewerDatabase onNewerDatabase) {
			this.onNewerDatabase = onNewerDatabase;
			return this;
		}

		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		public Builder placeholders(Map<String, String> placeholders) {
			this.placeholders.clear();
			this.placeholders.putAll(placeholders);
			return this;
		}

		public Builder placeholder(String name, String value) {
			this.placeholders.put(name, value);
			return this;
		}

		public Builder dialect(@Nullable Dialect dialect) {
			this.dialect = dialect;
			return this;
		}

		public Builder allowEmptyRepository(boolean allowEmptyRepository) {
			this.allowEmptyRepository = allowEmptyRepository;
			return this;
		}

		public Builder encoding(Charset encoding) {
			this.encoding = encoding;
			return this;
		}

		public Builder createSchema(boolean createSchema) {
			this.createSchema = createSchema;
			return this;
		}

		public Builder schemas(List<String> schemas) {
			this.schemas.clear();
			this.schemas.addAll(schemas);
			return this;
		}

		/** The configuration; fails with a message naming the value when one is invalid. */
		public MigrateConfig build() {
			if (this.dataSource == null) {
				throw new InvalidConfigException("dataSource", null, "must be set", "dataSource must be set");
			}
			return new MigrateConfig(this.dataSource, this.location, this.javaPackage, this.javaChangesets,
					this.classLoader, this.repositoryId, this.versionTable, this.historyTable, this.schema,
					this.target, this.baselineVersion, this.baselineOnExistingSchema, this.validateOnUpgrade,
					this.onNewerDatabase, this.lockTimeout, this.placeholders, this.dialect, this.allowEmptyRepository,
					this.encoding, this.createSchema, this.schemas);
		}

	}

}

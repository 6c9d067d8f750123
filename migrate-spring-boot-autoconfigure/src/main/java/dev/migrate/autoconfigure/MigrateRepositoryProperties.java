package dev.migrate.autoconfigure;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one repository and the database it migrates: those of {@code migrate.*}, for the
 * application's DataSource, and of every {@code migrate.repositories.<name>.*}. Every default is the
 * engine's ({@link MigrateConfig}); they are mapped onto it in one place, {@code MigrateConfigMapper}.
 */
public abstract class MigrateRepositoryProperties {

	/** The version {@code migrate.target} names for the repository's latest version. */
	public static final String LATEST = "latest";

	/**
	 * Where the repository is: 'classpath:...', 'file:...' or a file path.
	 */
	private String location = MigrateConfig.DEFAULT_LOCATION;

	/**
	 * Package whose V<NNN>_Name classes are Java changesets; empty for none.
	 */
	private String javaPackage = MigrateConfig.DEFAULT_JAVA_PACKAGE;

	/**
	 * Repository id in the version table. Defaults to migrate.cfg's repository_id, else 'migrate'.
	 */
	private @Nullable String repositoryId;

	/**
	 * Name of the version table. Defaults to migrate.cfg's version_table, else 'migrate_version'.
	 */
	private @Nullable String versionTable;

	/**
	 * Name of the history table, one row per changeset run.
	 */
	private String historyTable = MigrateConfig.DEFAULT_HISTORY_TABLE;

	/**
	 * Schema (MySQL: database) to migrate. Defaults to the connection's.
	 */
	private @Nullable String schema;

	/**
	 * Version to upgrade to at startup: 'latest' or a version number.
	 */
	private String target = LATEST;

	private final Baseline baseline = new Baseline();

	/**
	 * Whether to check the checksums of applied changesets against the repository before upgrading.
	 */
	private boolean validateOnStartup = true;

	/**
	 * What to do when the database is at a version that this release does not have: fail, ignore, or downgrade it with the downgrade SQL recorded in the history.
	 */
	private OnNewerDatabase onNewerDatabase = OnNewerDatabase.FAIL;

	/**
	 * How long to wait for another instance's migration lock.
	 */
	private Duration lockTimeout = MigrateConfig.DEFAULT_LOCK_TIMEOUT;

	/**
	 * Values for ${name} placeholders in SQL scripts.
	 */
	private Map<String, String> placeholders = new LinkedHashMap<>();

	/**
	 * Whether a repository without changesets is accepted. By default it stops startup, naming the location
	 * looked in, since a repository found empty is almost always a mistaken location.
	 */
	private boolean allowEmptyRepository;

	/**
	 * Charset of the SQL scripts. A byte that is not in it is reported with its file, line and offset.
	 */
	private Charset encoding = StandardCharsets.UTF_8;

	/**
	 * Whether to create migrate.schema when it does not exist (on MySQL: the database).
	 */
	private boolean createSchema = true;

	/**
	 * Other schemas (MySQL: databases) that the changesets change, which the round trip compares too.
	 */
	private List<String> schemas = new ArrayList<>();

	/**
	 * JDBC URL of the database to migrate, for a DataSource of its own. Defaults to the application's.
	 */
	private @Nullable String url;

	/**
	 * Login user for migrations; alone, it is used on the application's DataSource's URL.
	 */
	private @Nullable String user;

	/**
	 * Login password for migrations.
	 */
	private @Nullable String password;

	/**
	 * Name of the DataSource bean to migrate, when the application has several.
	 */
	private @Nullable String dataSource;

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getJavaPackage() {
		return this.javaPackage;
	}

	public void setJavaPackage(String javaPackage) {
		this.javaPackage = javaPackage;
	}

	public @Nullable String getRepositoryId() {
		return this.repositoryId;
	}

	public void setRepositoryId(@Nullable String repositoryId) {
		this.repositoryId = repositoryId;
	}

	public @Nullable String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(@Nullable String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public Baseline getBaseline() {
		return this.baseline;
	}

	public boolean isValidateOnStartup() {
		return this.validateOnStartup;
	}

	public void setValidateOnStartup(boolean validateOnStartup) {
		this.validateOnStartup = validateOnStartup;
	}

	public OnNewerDatabase getOnNewerDatabase() {
		return this.onNewerDatabase;
	}

	public void setOnNewerDatabase(OnNewerDatabase onNewerDatabase) {
		this.onNewerDatabase = onNewerDatabase;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Map<String, String> getPlaceholders() {
		return this.placeholders;
	}

	public void setPlaceholders(Map<String, String> placeholders) {
		this.placeholders = placeholders;
	}

	public boolean isAllowEmptyRepository() {
		return this.allowEmptyRepository;
	}

	public void setAllowEmptyRepository(boolean allowEmptyRepository) {
		this.allowEmptyRepository = allowEmptyRepository;
	}

	public Charset getEncoding() {
		return this.encoding;
	}

	public void setEncoding(Charset encoding) {
		this.encoding = encoding;
	}

	public boolean isCreateSchema() {
		return this.createSchema;
	}

	public void setCreateSchema(boolean createSchema) {
		this.createSchema = createSchema;
	}

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getDataSource() {
		return this.dataSource;
	}

	public void setDataSource(@Nullable String dataSource) {
		this.dataSource = dataSource;
	}

	/** The {@code migrate.baseline.*} properties: how an existing schema comes under version control. */
	public static class Baseline {

		/**
		 * Version at which an existing schema is put under version control.
		 */
		private int version;

		/**
		 * Whether to put a non-empty schema without a version table under version control at
		 * baseline.version, rather than stop startup.
		 */
		private boolean onExistingSchema;

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

		public boolean isOnExistingSchema() {
			return this.onExistingSchema;
		}

		public void setOnExistingSchema(boolean onExistingSchema) {
			this.onExistingSchema = onExistingSchema;
		}

	}

}

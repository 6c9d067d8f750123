package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.migrate.core.ConnectionFailedException;
import dev.migrate.core.JdbcUrls;
import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.RepositoryLoader;
import dev.migrate.core.repository.RepositorySettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command's hold on the database: one connection (in auto-commit, in the configured schema), the
 * dialect, the repository (loaded as far as the command {@link Need needs} it) and its tables. Everything a command does runs on this connection, the
 * repository lock included, so the lock never waits on a transaction of our own.
 */
public final class Session implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Session.class);

	/** How often a wait for another instance's lock is said. */
	private static final Duration LOCK_WAIT_REPORT = Duration.ofSeconds(5);

	private final MigrateConfig config;

	private final Connection connection;

	private final boolean autoCommit;

	private final @Nullable String previousSchema;

	private final Dialect dialect;

	private final RepositoryLoader loader;

	private @Nullable Repository repository;

	private final String repositoryId;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	private @Nullable String user;

	private @Nullable AppliedDigest appliedDigest;

	private final @Nullable Opening opening;

	private final boolean fleetTarget;

	private Session(MigrateConfig config, Connection connection, boolean autoCommit, @Nullable String previousSchema,
			Dialect dialect, RepositoryLoader loader, @Nullable Repository repository, Bookkeeping tables,
			@Nullable Opening opening, boolean fleetTarget) {
		this.config = config;
		this.connection = connection;
		this.autoCommit = autoCommit;
		this.previousSchema = previousSchema;
		this.dialect = dialect;
		this.loader = loader;
		this.repository = repository;
		this.repositoryId = tables.repositoryId();
		this.versionTable = tables.versionTable();
		this.historyTable = tables.historyTable();
		this.opening = opening;
		this.fleetTarget = fleetTarget;
	}

	/**
	 * Opens a connection, finds the dialect and reads the repository's settings ({@code migrate.cfg}),
	 * then does what the command needs before it runs: nothing more for {@link Need#DATABASE}; load the
	 * repository for {@link Need#REPOSITORY}; for {@link Need#UPGRADE}, read the repository's scripts on a
	 * thread of their own while the version row and the last history row are read here. A repository
	 * that does not load is reported before the command runs.
	 */
	public static Session open(MigrateConfig config, Need need) {
		return open(config, need, null);
	}

	/**
	 * Opens a session on one target of a fleet, with the repository the fleet loaded once: no script is
	 * read again, and for {@link Need#UPGRADE} the version row and last history row are read at once.
	 */
	static Session open(MigrateConfig config, Need need, @Nullable LoadedRepository loaded) {
		Connection connection;
		try {
			connection = config.dataSource().getConnection();
		}
		catch (SQLException | RuntimeException ex) {
			// a pool reports the driver's refusal in an exception of its own (Hikari: PoolInitializationException)
			throw new ConnectionFailedException(DataSourceProperties.url(config.dataSource()), ex);
		}
		try {
			boolean autoCommit = connection.getAutoCommit();
			if (!autoCommit) {
				connection.setAutoCommit(true);
			}
			Dialect dialect = (config.dialect() != null) ? config.dialect() : Dialects.detect(connection);
			String previousSchema = null;
			if (config.schema() != null) {
				previousSchema = dialect.currentSchema(connection);
				requireSchema(config, connection, dialect);
				connection = dialect.connectionIn(connection, config.schema());
			}
			RepositoryLoader loader = (loaded != null) ? loaded.loader() : loader(config, dialect);
			RepositorySettings settings = (loaded != null) ? loaded.settings() : settings(config, loader);
			Bookkeeping tables = Bookkeeping.of(config, settings, connection, dialect);
			Repository repository = null;
			Opening opening = null;
			if (loaded != null) {
				repository = loaded.repository();
				if (need == Need.UPGRADE) {
					opening = Opening.read(tables, connection);
				}
			}
			else if (need == Need.UPGRADE) {
				RepositoryLoading loading = RepositoryLoading.start(loader);
				opening = Opening.read(tables, connection);
				repository = loading.join();
			}
			else if (need == Need.REPOSITORY) {
				repository = loader.load();
			}
			return new Session(config, connection, autoCommit, previousSchema, dialect, loader, repository, tables,
					opening, loaded != null);
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(connection);
			if (ex instanceof MigrateException migrateException) {
				throw migrateException;
			}
			if (ex instanceof IllegalArgumentException) {
				throw new MigrateException(ex.getMessage(), ex);
			}
			throw new MigrateException("Could not prepare the database connection: " + ex.getMessage(), ex);
		}
	}

	/** The loader of the configured repository, for a dialect. */
	static RepositoryLoader loader(MigrateConfig config, Dialect dialect) {
		return new RepositoryLoader(config.location(), dialect.name(), config.javaPackage(), config.javaChangesets(),
				config.classLoader(), config.allowEmptyRepository(), config.encoding());
	}

	/** The repository's settings ({@code migrate.cfg}); a problem in them is reported before any SQL, since a name from them reaches the queries. */
	static RepositorySettings settings(MigrateConfig config, RepositoryLoader loader) {
		RepositorySettings settings = loader.settings();
		if (!settings.problems().isEmpty()) {
			throw new RepositoryLoadException(config.location(), settings.problems());
		}
		return settings;
	}

	/** Creates the configured schema where it is missing and allowed to, else says that it is missing. */
	private static void requireSchema(MigrateConfig config, Connection connection, Dialect dialect) throws SQLException {
		String schema = config.schema();
		if (schema == null || dialect.schemaExists(connection, schema)) {
			return;
		}
		if (!config.createSchema()) {
			throw new MigrateException("The schema '" + schema + "' (migrate.schema) does not exist" + (dialect.schemaIsCatalog()
					? " (on " + dialect.productName() + ": the database)" : "") + ". Create it, correct migrate.schema, or set "
					+ "migrate.create-schema=true to let Migrate create it. Nothing was changed.");
		}
		dialect.createSchema(connection, schema);
		logger.info("Created the schema '{}' (migrate.schema), which did not exist", schema);
	}

	MigrateConfig config() {
		return this.config;
	}

	/** Whether this session works on one target of a fleet, whose runner sums up the targets that are current. */
	boolean fleetTarget() {
		return this.fleetTarget;
	}

	Connection connection() {
		return this.connection;
	}

	Dialect dialect() {
		return this.dialect;
	}

	/**
	 * The repository, loaded for the database's dialect: when the session opened, or now for a command
	 * that opened for the {@link Need#DATABASE} alone.
	 */
	public Repository repository() {
		if (this.repository == null) {
			this.repository = this.loader.load();
		}
		return this.repository;
	}

	String repositoryId() {
		return this.repositoryId;
	}

	VersionTable versionTable() {
		return this.versionTable;
	}

	HistoryTable historyTable() {
		return this.historyTable;
	}

	/**
	 * The version row and the last history row as the session found them when it opened; read now
	 * when they could not be read then, so that what fails is reported.
	 */
	Opening opening() throws SQLException {
		return (this.opening != null) ? this.opening
				: Opening.readEach(this.versionTable, this.historyTable, this.repositoryId);
	}

	/** The version row and history of the repository: two queries. */
	DatabaseState state() throws SQLException {
		Integer dbVersion = this.versionTable.read(this.repositoryId);
		if (dbVersion == null) {
			return new DatabaseState(null, List.of());
		}
		return new DatabaseState(dbVersion, this.historyTable.read(this.repositoryId));
	}

	/**
	 * The database in words, for the one log line a migration starts with: product, version, URL (its
	 * password hidden) and schema.
	 */
	String describeDatabase() {
		try {
			java.sql.DatabaseMetaData metaData = this.connection.getMetaData();
			return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion() + " at "
					+ JdbcUrls.withoutCredentials(String.valueOf(metaData.getURL())) + ", schema "
					+ this.dialect.currentSchema(this.connection);
		}
		catch (SQLException ex) {
			return "a " + this.dialect.name() + " database";
		}
	}

	/** The database user, for the history's {@code applied_by}. */
	String user() throws SQLException {
		if (this.user == null) {
			String name = this.connection.getMetaData().getUserName();
			this.user = (name != null) ? name : "unknown";
		}
		return this.user;
	}

	/**
	 * The digest of what the database has applied, as this command's writes leave it. Read from the
	 * history on first use; call it holding the lock, since it stands for the state until the lock is let go.
	 */
	AppliedDigest appliedDigest() throws SQLException {
		if (this.appliedDigest == null) {
			this.appliedDigest = AppliedDigest.of(state(), repository());
		}
		return this.appliedDigest;
	}

	/** Lets the digest be read again, after a write that does not keep it up to date (a stamp). */
	void forgetAppliedDigest() {
		this.appliedDigest = null;
	}

	/** Runs an action holding the repository's lock, which serialises all instances on this database. */
	<T> T locked(SqlAction<T> action) throws SQLException {
		String lockName = "migrate:" + String.valueOf(this.dialect.currentSchema(this.connection)) + "."
				+ this.versionTable.name() + ":" + this.repositoryId;
		if (!lock(lockName)) {
			throw new LockTimeoutException(this.repositoryId, this.config.lockTimeout());
		}
		T result;
		try {
			result = action.run();
		}
		catch (Throwable ex) {
			unlockAfterFailure(lockName, ex);
			throw ex;
		}
		this.dialect.unlock(this.connection, lockName);
		return result;
	}

	/**
	 * Takes the lock, waiting up to the lock timeout in slices, so that a wait for another instance is
	 * said every few seconds rather than looking like a hang.
	 */
	private boolean lock(String lockName) throws SQLException {
		Duration timeout = this.config.lockTimeout();
		long start = System.nanoTime();
		Duration left = timeout;
		while (true) {
			Duration slice = (left.compareTo(LOCK_WAIT_REPORT) < 0) ? left : LOCK_WAIT_REPORT;
			if (this.dialect.lock(this.connection, lockName, slice)) {
				return true;
			}
			left = timeout.minusNanos(System.nanoTime() - start);
			if (left.isNegative() || left.isZero()) {
				return false;
			}
			logger.info("Waiting for the migration lock of repository '{}': another instance holds it, probably "
					+ "migrating ({} s so far, giving up after {} s)", this.repositoryId,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), timeout.toSeconds());
		}
	}

	/**
	 * Lets the lock go after a failed action without hiding the failure: where the connection is gone,
	 * the lock went with it.
	 */
	private void unlockAfterFailure(String lockName, Throwable failure) {
		try {
			if (!this.connection.isClosed()) {
				this.dialect.unlock(this.connection, lockName);
			}
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	/** Creates the version and history tables where they are missing (a database SQLAlchemy-Migrate managed has the first only). */
	void createTables() throws SQLException {
		boolean history = this.historyTable.exists();
		if (history) {
			// Another tool's table of that name is reported before a version table is created beside it.
			this.historyTable.requireShape();
			this.historyTable.addMissingColumns();
		}
		if (!this.versionTable.exists()) {
			this.versionTable.create();
		}
		if (!history) {
			this.historyTable.create();
		}
	}

	@Override
	public void close() {
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
			if (this.previousSchema != null) {
				this.dialect.useSchema(this.connection, this.previousSchema);
			}
			this.connection.setAutoCommit(this.autoCommit);
		}
		catch (SQLException ex) {
			// The connection is closed next; a pool validates it before handing it out again.
		}
		finally {
			closeQuietly(this.connection);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// nothing to do: the command's own outcome is what matters
		}
	}

	/** What a command needs of the session before it runs, so that the session does no more than that. */
	public enum Need {

		/** The version and history tables alone: the repository is not loaded (the db version). */
		DATABASE,

		/** The repository too, loaded before the command runs. */
		REPOSITORY,

		/**
		 * The repository, and the version row and last history row that a start with nothing pending
		 * needs, read while the repository loads.
		 */
		UPGRADE

	}

	/** An action on the database. */
	@FunctionalInterface
	interface SqlAction<T> {

		T run() throws SQLException;

	}

	/**
	 * The repository's id and its two tables, named by the configuration, else by {@code migrate.cfg},
	 * else by default.
	 */
	private record Bookkeeping(String repositoryId, VersionTable versionTable, HistoryTable historyTable) {

		static Bookkeeping of(MigrateConfig config, RepositorySettings settings, Connection connection, Dialect dialect) {
			String versionTable = versionTableName(config, settings);
			return new Bookkeeping(Session.repositoryId(config, settings), new VersionTable(connection, dialect, versionTable),
					new HistoryTable(connection, dialect, config.historyTable()));
		}

	}

	/** The repository's id: the configuration's, else {@code migrate.cfg}'s, else the default. */
	static String repositoryId(MigrateConfig config, RepositorySettings settings) {
		return (config.repositoryId() != null) ? config.repositoryId()
				: (settings.repositoryId() != null) ? settings.repositoryId() : MigrateConfig.DEFAULT_REPOSITORY_ID;
	}

	/** The version table's name: the configuration's, else {@code migrate.cfg}'s, else the default; checked against the history table's. */
	static String versionTableName(MigrateConfig config, RepositorySettings settings) {
		String versionTable = (config.versionTable() != null) ? config.versionTable()
				: (settings.versionTable() != null) ? settings.versionTable() : MigrateConfig.DEFAULT_VERSION_TABLE;
		if (versionTable.equalsIgnoreCase(config.historyTable())) {
			// one table cannot be both: the second CREATE TABLE would fail after the first was made
			String source = (config.versionTable() == null && settings.versionTable() != null)
					? "migrate.cfg's version_table" : "migrate.version-table";
			throw new MigrateException("The version table (" + source + ") and the history table "
					+ "(migrate.history-table) are both '" + versionTable + "': give each a name of its own. "
					+ "Nothing was changed.");
		}
		return versionTable;
	}

	/**
	 * What a start with nothing pending needs from the database, read when the session opens.
	 *
	 * @param dbVersion the version row's version; null when the database is not under version control
	 * @param head the last history row; null when there is none
	 */
	record Opening(@Nullable Integer dbVersion, HistoryTable.@Nullable Head head) {

		/**
		 * One query for both rows; where it fails (a table is missing, say), one query each, which
		 * tell a missing table from an empty one.
		 */
		private static @Nullable Opening read(Bookkeeping tables, Connection connection) {
			String versionTable = tables.versionTable().name();
			String historyTable = tables.historyTable().name();
			if (tables.versionTable().checksBeforeQuerying()) {
				try {
					List<String> existing = Tables.list(connection, tables.versionTable().dialect());
					if (!Tables.contains(existing, versionTable)) {
						return new Opening(null, null);
					}
					if (!Tables.contains(existing, historyTable)) {
						return new Opening(tables.versionTable().read(tables.repositoryId()), null);
					}
				}
				catch (SQLException ex) {
					return null; // read again when the command asks for it, which reports what fails
				}
			}
			String sql = "SELECT v.version, h.success, h.applied_digest FROM " + versionTable + " v LEFT JOIN "
					+ historyTable + " h ON h.id = (SELECT MAX(id) FROM " + historyTable + " WHERE repository_id = ?) "
					+ "WHERE v.repository_id = ?";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, tables.repositoryId());
				statement.setString(2, tables.repositoryId());
				try (ResultSet result = statement.executeQuery()) {
					if (result.next()) {
						int version = result.getInt(1);
						Integer dbVersion = result.wasNull() ? null : version;
						boolean success = result.getBoolean(2);
						HistoryTable.Head head = result.wasNull() ? null : new HistoryTable.Head(success, result.getString(3));
						return new Opening(dbVersion, head);
					}
					return new Opening(null, null);
				}
			}
			catch (SQLException ex) {
				// read them one by one below
			}
			try {
				return readEach(tables.versionTable(), tables.historyTable(), tables.repositoryId());
			}
			catch (SQLException ex) {
				return null; // read again when the command asks for it, which reports what fails
			}
		}

		private static Opening readEach(VersionTable versionTable, HistoryTable historyTable, String repositoryId)
				throws SQLException {
			return new Opening(versionTable.read(repositoryId), historyTable.head(repositoryId));
		}


	}

}

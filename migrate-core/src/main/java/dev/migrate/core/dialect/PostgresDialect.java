package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.migrate.core.dialect.ScriptSyntax.Feature;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.PostgresSnapshotCatalog;
import dev.migrate.core.schema.PostgresSynonyms;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.SnapshotCatalog;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL: transactional DDL, and a session-level advisory lock, which holds no transaction open
 * (so that {@code CREATE INDEX CONCURRENTLY} never waits for it). Databases that speak PostgreSQL's protocol
 * but are not PostgreSQL (CockroachDB, YugabyteDB) are told apart by what the server said when pgjdbc
 * connected, and refused: their locks and DDL differ.
 */
public final class PostgresDialect implements Dialect {

	/** How often the server looks whether the client holding the lock is still there. */
	private static final String DEAD_CLIENT_CHECK = "2s";

	private static final ScriptSyntax SYNTAX = ScriptSyntax.of(Feature.DOLLAR_QUOTES, Feature.TAGGED_DOLLAR_QUOTES,
			Feature.DOLLAR_IN_WORDS, Feature.ESCAPE_STRINGS, Feature.NESTED_BLOCK_COMMENTS);



	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public List<String> aliases() {
		return List.of("postgres");
	}

	@Override
	public String productName() {
		return "PostgreSQL";
	}

	/** pgjdbc's connection, unless the server it connected to is another database speaking PostgreSQL's protocol. */
	@Override
	public Recognition recognise(Connection connection) {
		if (!isPgjdbc(connection)) {
			return Recognition.notMine();
		}
		return unlessLookalike(connection);
	}

	@Override
	public Recognition recogniseProduct(Connection connection, String productName) {
		return productName.toLowerCase(Locale.ROOT).contains("postgresql") ? unlessLookalike(connection)
				: Recognition.notMine();
	}

	/**
	 * PostgreSQL, unless the parameters the server reported at connection time name another database:
	 * CockroachDB reports {@code crdb_version}, YugabyteDB a {@code server_version} with {@code -YB-}.
	 * Nothing is queried; where the driver cannot say, the server is taken for PostgreSQL.
	 */
	private static Recognition unlessLookalike(Connection connection) {
		if (parameter(connection, "crdb_version") != null) {
			return Recognition.lookalike("CockroachDB");
		}
		String version = parameter(connection, "server_version");
		if (version != null && version.contains("-YB-")) {
			return Recognition.lookalike("YugabyteDB");
		}
		return Recognition.mine();
	}

	/** pgjdbc's connection, or another class implementing its {@code PGConnection}; told by names alone. */
	private static boolean isPgjdbc(Connection connection) {
		return connection.getClass().getName().startsWith("org.postgresql.") || implementsPgConnection(connection.getClass());
	}

	private static boolean implementsPgConnection(@Nullable Class<?> type) {
		if (type == null) {
			return false;
		}
		if (type.getName().equals("org.postgresql.PGConnection")) {
			return true;
		}
		for (Class<?> each : type.getInterfaces()) {
			if (implementsPgConnection(each)) {
				return true;
			}
		}
		return implementsPgConnection(type.getSuperclass());
	}

	/**
	 * A parameter the server reported when pgjdbc connected; null for another driver's connection. pgjdbc
	 * is read by reflection, through the connection's own class loader: the driver may be on a class path
	 * the core's loader does not see (a Maven plugin's project, an application server).
	 */
	private static @Nullable String parameter(Connection connection, String name) {
		if (!isPgjdbc(connection)) {
			return null;
		}
		Optional<MethodHandle> method = parameterStatus.get(connection.getClass());
		try {
			return method.isPresent() ? (String) method.get().invoke(connection, name) : null;
		}
		catch (Throwable ex) {
			return null;
		}
	}

	/**
	 * pgjdbc's {@code PGConnection#getParameterStatus(String)}, looked up once per connection class as a
	 * method handle: {@code Class#getMethod} would load every type in {@code PGConnection}'s signatures, about
	 * 8 ms of a cold start with nothing pending.
	 */
	private static final ClassValue<Optional<MethodHandle>> parameterStatus = new ClassValue<>() {

		@Override
		protected Optional<MethodHandle> computeValue(Class<?> type) {
			try {
				Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false, type.getClassLoader());
				return Optional.of(MethodHandles.publicLookup()
					.findVirtual(pgConnection, "getParameterStatus", MethodType.methodType(String.class, String.class))
					.asType(MethodType.methodType(String.class, Connection.class, String.class)));
			}
			catch (ReflectiveOperationException | LinkageError ex) {
				return Optional.empty();
			}
		}

	};
	@Override
	public ScriptSyntax scriptSyntax() {
		return SYNTAX;
	}

	@Override
	public SnapshotCatalog catalog() {
		// made when asked: a start with nothing pending reads no snapshot, so need not load a catalog
		return new PostgresSnapshotCatalog();
	}

	@Override
	public SchemaSynonyms synonyms() {
		return new PostgresSynonyms();
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return true;
	}

	@Override
	public boolean supportsUpdateInWith() {
		return true;
	}

	/**
	 * An advisory lock of the session, which dies with it. So that it dies with a crashed client too, and
	 * not only when its running statement ends (a server notices a dead client only when it next writes to
	 * it), PostgreSQL 14 and later check the client's socket every few seconds while the lock is held.
	 */
	@Override
	public boolean lock(Connection connection, String lockName, Duration timeout) throws SQLException {
		if (checksDeadClients(connection)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET client_connection_check_interval = '" + DEAD_CLIENT_CHECK + "'");
			}
		}
		long key = LockKeys.key64(lockName);
		long deadline = System.nanoTime() + timeout.toNanos();
		long pause = 10;
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			while (true) {
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getBoolean(1)) {
						return true;
					}
				}
				if (System.nanoTime() >= deadline) {
					return false;
				}
				LockKeys.sleep(pause);
				pause = Math.min(pause * 2, 500);
			}
		}
	}

	@Override
	public void unlock(Connection connection, String lockName) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, LockKeys.key64(lockName));
			statement.execute();
		}
		if (checksDeadClients(connection)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("RESET client_connection_check_interval");
			}
		}
	}

	/** Whether the server has {@code client_connection_check_interval} (14 and later); the driver knows without asking. */
	private static boolean checksDeadClients(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseMajorVersion() >= 14;
	}

	@Override
	public @Nullable String currentSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT current_schema()")) {
			return result.next() ? result.getString(1) : null;
		}
	}

	@Override
	public void useSchema(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO " + quote(schema));
		}
	}

	/**
	 * pgjdbc's exception carries the server's error position, a character offset into the statement
	 * counted from 1; read without a compile-time dependency on the driver.
	 */
	@Override
	public int errorLineOffset(SQLException error, String statement) {
		try {
			Object serverMessage = error.getClass().getMethod("getServerErrorMessage").invoke(error);
			if (serverMessage == null) {
				return -1;
			}
			int position = (int) serverMessage.getClass().getMethod("getPosition").invoke(serverMessage);
			if (position < 1 || position > statement.length() + 1) {
				return -1;
			}
			return (int) statement.substring(0, position - 1).chars().filter((c) -> c == '\n').count();
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return -1;
		}
	}

	/** {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM} and the like cannot run in the changeset's transaction. */
	@Override
	public @Nullable String adviceFor(SQLException error) {
		if (String.valueOf(error.getMessage()).contains("cannot run inside a transaction block")) {
			return "This statement must run outside a transaction: add '-- migrate:no-transaction' as the first line "
					+ "of the script, and give it a script of its own if the others must stay transactional.";
		}
		return null;
	}

	@Override
	public DdlRenderer ddl() {
		return new PostgresDdlRenderer();
	}

	@Override
	public String toString() {
		return name();
	}

}

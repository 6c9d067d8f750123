package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.migrate.core.dialect.ScriptSyntax.Feature;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.H2SnapshotCatalog;
import dev.migrate.core.schema.H2Synonyms;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.SnapshotCatalog;
import org.jspecify.annotations.Nullable;

/**
 * H2: its DDL commits the open transaction, so changesets follow the dirty protocol, as on MySQL. An
 * embedded H2 database lives in one JVM, and H2 has no session lock, so the repository lock is held in
 * this JVM, keyed by the database URL; it dies with the process.
 */
public final class H2Dialect implements Dialect {

	private static final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private static final ScriptSyntax SYNTAX = ScriptSyntax.of(Feature.DOLLAR_QUOTES);


	@Override
	public String name() {
		return "h2";
	}

	@Override
	public String productName() {
		return "H2";
	}

	@Override
	public Recognition recognise(Connection connection) {
		return Recognition.mineIf(connection.getClass().getName().startsWith("org.h2."));
	}

	@Override
	public Recognition recogniseProduct(Connection connection, String productName) {
		return Recognition.mineIf(productName.toLowerCase(Locale.ROOT).equals("h2"));
	}

	@Override
	public ScriptSyntax scriptSyntax() {
		return SYNTAX;
	}

	@Override
	public SnapshotCatalog catalog() {
		// made when asked: a start with nothing pending reads no snapshot, so need not load a catalog
		return new H2SnapshotCatalog();
	}

	@Override
	public SchemaSynonyms synonyms() {
		return new H2Synonyms();
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return false;
	}

	@Override
	public boolean lock(Connection connection, String lockName, Duration timeout) throws SQLException {
		ReentrantLock lock = locks.computeIfAbsent(key(connection, lockName), (key) -> new ReentrantLock());
		try {
			return lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void unlock(Connection connection, String lockName) throws SQLException {
		ReentrantLock lock = locks.get(key(connection, lockName));
		if (lock != null && lock.isHeldByCurrentThread()) {
			lock.unlock();
		}
	}

	@Override
	public @Nullable String currentSchema(Connection connection) throws SQLException {
		return connection.getSchema();
	}

	@Override
	public void useSchema(Connection connection, String schema) throws SQLException {
		connection.setSchema(schema);
	}

	private static String key(Connection connection, String lockName) throws SQLException {
		return connection.getMetaData().getURL() + "|" + lockName;
	}

	@Override
	public DdlRenderer ddl() {
		return new H2DdlRenderer();
	}

	@Override
	public String toString() {
		return name();
	}

	/** H2 locks its catalog for every DDL statement: a fleet migrates one schema at a time. */
	@Override
	public boolean changesSchemasConcurrently() {
		return false;
	}

}

package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.ChangesetRun;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.internal.sql.ParsedScript;
import dev.migrate.core.internal.sql.SqlScriptSplitter;
import dev.migrate.core.internal.sql.SqlStatement;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.DryRun;
import dev.migrate.core.repository.JavaBackedChangeset;
import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.repository.SqlChangeset;
import dev.migrate.core.repository.SqlScript;
import dev.migrate.core.schema.SchemaEditor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs one changeset in one direction and records it, so that nothing is ever half-recorded.
 *
 * <p>Where DDL is transactional (PostgreSQL), the changeset's statements, the version update and its
 * history row commit in one transaction, and a failure rolls all of it back. Elsewhere (MySQL, MariaDB,
 * H2), and for a script marked {@code -- migrate:no-transaction}, the run is recorded as started before
 * it and as done after it: a failure leaves the started row behind, and the repository is dirty until
 * an operator repairs it.
 */
final class ChangesetRunner {

	private static final Logger logger = LoggerFactory.getLogger(ChangesetRunner.class);

	private final Session session;

	ChangesetRunner(Session session) {
		this.session = session;
	}

	/** Runs a changeset's upgrade or downgrade, moving the version row to match. */
	ChangesetRun run(Changeset changeset, Direction direction) throws SQLException {
		int newVersion = (direction == Direction.UPGRADE) ? changeset.version() : changeset.version() - 1;
		return run(changeset, direction, newVersion, false);
	}

	/** Runs the baseline script of an empty database and puts it under version control at 0. */
	ChangesetRun runBaseline(SqlChangeset baseline) throws SQLException {
		return run(baseline, Direction.UPGRADE, 0, true);
	}

	private ChangesetRun run(Changeset changeset, Direction direction, int newVersion, boolean insertVersionRow)
			throws SQLException {
		this.session.appliedDigest(); // read before this run changes anything
		boolean transactional = this.session.dialect().supportsTransactionalDdl() && inTransaction(changeset, direction);
		Body body;
		String downgradeScript;
		try {
			body = prepare(changeset, direction, transactional);
			downgradeScript = (direction == Direction.UPGRADE) ? recordedDowngradeScript(changeset) : null;
		}
		catch (Failure failure) {
			throw failure.toException(changeset, direction, false);
		}
		HistoryEntry started = new HistoryEntry(0, changeset.version(), changeset.description(), changeset.type(),
				direction, changeset.checksum(), false, this.session.user(), Instant.now(), null, downgradeScript, null);
		String source = (direction == Direction.DOWNGRADE && changeset instanceof SqlChangeset sql && sql.downgrade() != null)
				? sql.downgrade().fileName() : changeset.source();
		logger.info("{} version {} ({}, {}) ...", (direction == Direction.UPGRADE) ? "Upgrading to" : "Downgrading from",
				changeset.version(), changeset.description(), source);
		long executionMs = transactional ? runInOneTransaction(changeset, direction, body, started, newVersion, insertVersionRow)
				: runRecordedAround(changeset, direction, body, started, newVersion, insertVersionRow);
		logger.info("{} version {} ({}, {}) in {} ms", (direction == Direction.UPGRADE) ? "Upgraded to" : "Downgraded from",
				changeset.version(), changeset.description(), changeset.type(), executionMs);
		return new ChangesetRun(changeset.version(), changeset.description(), changeset.type(),
				direction, executionMs);
	}

	/** The changeset, its version bump and its history row commit together, or none of them does. */
	private long runInOneTransaction(Changeset changeset, Direction direction, Body body, HistoryEntry started,
			int newVersion, boolean insertVersionRow) throws SQLException {
		Connection connection = this.session.connection();
		long start = System.nanoTime();
		connection.setAutoCommit(false);
		try {
			String learned = body.run();
			long executionMs = elapsedMs(start);
			HistoryEntry succeeded = succeeded(started, executionMs, learned, digestAfter(changeset, direction));
			if (!insertVersionRow && this.session.dialect().supportsUpdateInWith()) {
				this.session.historyTable().appendMovingVersion(this.session.repositoryId(), succeeded,
						this.session.versionTable().name(), newVersion);
			}
			else {
				writeVersion(newVersion, insertVersionRow);
				this.session.historyTable().append(this.session.repositoryId(), succeeded);
			}
			connection.commit();
			recordDigest(changeset, direction);
			return executionMs;
		}
		catch (Failure failure) {
			rollback(connection);
			throw failure.toException(changeset, direction, false);
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection);
			throw ex;
		}
		finally {
			restoreAutoCommit(connection);
		}
	}

	/**
	 * Where DDL commits as it runs: the run is recorded as started before it and as done after it, so
	 * that a failure leaves the started row behind and the repository dirty.
	 */
	private long runRecordedAround(Changeset changeset, Direction direction, Body body, HistoryEntry started,
			int newVersion, boolean insertVersionRow) throws SQLException {
		Connection connection = this.session.connection();
		if (insertVersionRow) {
			writeVersion(newVersion, true);
		}
		long id = this.session.historyTable().insert(this.session.repositoryId(), started);
		long start = System.nanoTime();
		connection.setAutoCommit(!inTransaction(changeset, direction));
		String learned;
		try {
			learned = body.run();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (Failure failure) {
			rollback(connection);
			throw failure.toException(changeset, direction, true);
		}
		finally {
			restoreAutoCommit(connection);
		}
		long executionMs = elapsedMs(start);
		connection.setAutoCommit(false);
		try {
			writeVersion(newVersion, false);
			this.session.historyTable().markSucceeded(id, executionMs, digestAfter(changeset, direction), learned);
			connection.commit();
			recordDigest(changeset, direction);
			return executionMs;
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection);
			throw ex;
		}
		finally {
			restoreAutoCommit(connection);
		}
	}

	private void writeVersion(int version, boolean insert) throws SQLException {
		if (insert) {
			this.session.versionTable().insert(this.session.repositoryId(), this.session.repository().location(), version);
		}
		else {
			this.session.versionTable().update(this.session.repositoryId(), version);
		}
	}

	private static HistoryEntry succeeded(HistoryEntry started, long executionMs, @Nullable String downgradeScript,
			String appliedDigest) {
		return new HistoryEntry(0, started.version(), started.description(), started.type(), started.direction(),
				started.checksum(), true, started.appliedBy(), started.appliedAt(), executionMs,
				(downgradeScript != null) ? downgradeScript : started.downgradeScript(), appliedDigest);
	}

	/** The digest the run leaves, for its history row; the baseline (version 0) leaves it as it is. */
	private String digestAfter(Changeset changeset, Direction direction) throws SQLException {
		AppliedDigest digest = this.session.appliedDigest();
		if (changeset.version() == 0) {
			return digest.value();
		}
		return (direction == Direction.UPGRADE) ? digest.valueWith(changeset.version(), changeset.checksum())
				: digest.valueWithout(changeset.version());
	}

	/** Moves the session's digest once the run is committed. */
	private void recordDigest(Changeset changeset, Direction direction) throws SQLException {
		if (changeset.version() == 0) {
			return;
		}
		if (direction == Direction.UPGRADE) {
			this.session.appliedDigest().apply(changeset.version(), changeset.checksum());
		}
		else {
			this.session.appliedDigest().remove(changeset.version());
		}
	}

	/** Whether the changeset's upgrade or downgrade runs in a transaction, as far as the changeset says. */
	static boolean inTransaction(Changeset changeset, Direction direction) {
		if (changeset instanceof SqlChangeset sql) {
			SqlScript script = (direction == Direction.UPGRADE) ? sql.upgrade() : sql.downgrade();
			return script == null || !script.directives().contains(SqlChangeset.NO_TRANSACTION);
		}
		return ((JavaBackedChangeset) changeset).changeset().transactional();
	}

	/**
	 * The downgrade script to record with an upgrade, read after the upgrade script, so that a problem of
	 * both is reported for the upgrade, the script that was to run.
	 */
	private @Nullable String recordedDowngradeScript(Changeset changeset) throws Failure {
		try {
			return downgradeScript(changeset);
		}
		catch (MigrateException ex) {
			String source = (changeset instanceof SqlChangeset sql && sql.downgrade() != null) ? sql.downgrade().fileName()
					: changeset.source();
			throw new Failure(source, 0, null, ex.getMessage(), ex);
		}
	}

	/** The downgrade script an upgrade of a SQL changeset records, its placeholders replaced. */
	@Nullable String downgradeScript(Changeset changeset) {
		if (changeset instanceof SqlChangeset sql && sql.downgrade() != null) {
			return Placeholders.replace(sql.downgrade().text(), this.session.config().placeholders(),
					sql.downgrade().fileName());
		}
		return null;
	}

	/**
	 * Reads and splits what will run, before anything is recorded: a bad script changes nothing. A script
	 * that runs in one transaction is sent as one batch.
	 */
	private Body prepare(Changeset changeset, Direction direction, boolean transactional) throws Failure {
		if (changeset instanceof SqlChangeset sql) {
			SqlScript script = (direction == Direction.UPGRADE) ? sql.upgrade() : sql.downgrade();
			if (script == null) {
				throw new MigrateException("Version " + sql.version() + " (" + sql.source() + ") has no downgrade");
			}
			ParsedScript parsed = parse(script);
			return () -> {
				if (transactional && parsed.statements().size() > 1) {
					executeBatch(script.fileName(), parsed);
				}
				else {
					executeScript(script.fileName(), parsed);
				}
				return null;
			};
		}
		JavaBackedChangeset java = (JavaBackedChangeset) changeset;
		if (direction == Direction.DOWNGRADE && ReversibleChangeset.derivesDowngrade(java.changeset())) {
			ParsedScript recorded = recordedDowngrade(java);
			if (recorded != null) {
				return () -> {
					executeScript(java.source() + " (the downgrade recorded with its upgrade)", recorded);
					return null;
				};
			}
		}
		return () -> executeJava(java, direction);
	}

	/**
	 * The SQL of a derived downgrade that the last upgrade of the version recorded: it was written from
	 * the schema as the upgrade found it, which an altered column needs to be altered back.
	 */
	private @Nullable ParsedScript recordedDowngrade(JavaBackedChangeset changeset) throws Failure {
		String script;
		try {
			script = this.session.historyTable().downgradeScript(this.session.repositoryId(), changeset.version());
		}
		catch (SQLException ex) {
			throw new Failure(changeset.source(), 0, null, "the recorded downgrade cannot be read: " + ex.getMessage(), ex);
		}
		if (script == null || script.isBlank()) {
			return null;
		}
		return SqlScriptSplitter.split(script, this.session.dialect().scriptSyntax());
	}

	private ParsedScript parse(SqlScript script) throws Failure {
		if (!script.unknownDirectives().isEmpty()) {
			String unknown = String.join("', '-- migrate:", script.unknownDirectives());
			throw new Failure(script.fileName(), 0, null, "'-- migrate:" + unknown + "' is not a directive: the "
					+ "directives are -- migrate:irreversible and -- migrate:no-transaction", new IllegalArgumentException(unknown));
		}
		try {
			String text = Placeholders.replace(script.text(), this.session.config().placeholders(), script.fileName());
			ParsedScript parsed = SqlScriptSplitter.split(text, this.session.dialect().scriptSyntax());
			for (String warning : parsed.warnings()) {
				logger.warn("{}: {}", script.fileName(), warning);
			}
			if (parsed.statements().isEmpty()) {
				logger.warn("{} has no statement (it is empty or only comments): it is recorded as run, and changes "
						+ "nothing", script.fileName());
			}
			return parsed;
		}
		catch (IllegalArgumentException | MigrateException ex) {
			throw new Failure(script.fileName(), 0, null, ex.getMessage(), ex);
		}
	}

	private void executeScript(String source, ParsedScript parsed) throws Failure {
		try (Statement statement = this.session.connection().createStatement()) {
			boolean first = true;
			for (SqlStatement sql : parsed.statements()) {
				try {
					statement.execute(sql.sql());
				}
				catch (SQLException ex) {
					String lost = lost(this.session.connection()) ? "the connection to the database was lost: " : "";
					int offset = this.session.dialect().errorLineOffset(ex, sql.sql());
					throw new Failure(source, sql.line() + Math.max(offset, 0), sql.sql(), lost + ex.getMessage(), ex)
						.nothingRan(first)
						.advice(this.session.dialect().adviceFor(ex));
				}
				first = false;
			}
		}
		catch (SQLException ex) {
			throw new Failure(source, 0, null, ex.getMessage(), ex);
		}
	}

	/**
	 * Sends a script's statements in one round trip, inside the changeset's transaction. When one fails,
	 * the batch does not say reliably which; so the transaction is rolled back and the statements run
	 * again one at a time, which names the statement that fails and its line. Nothing stays either way:
	 * the caller rolls back whatever a failure leaves.
	 */
	private void executeBatch(String source, ParsedScript parsed) throws Failure {
		Connection connection = this.session.connection();
		try (Statement statement = connection.createStatement()) {
			for (SqlStatement sql : parsed.statements()) {
				statement.addBatch(sql.sql());
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			SQLException cause = (ex.getNextException() != null) ? ex.getNextException() : ex;
			if (lost(connection)) {
				throw new Failure(source, 0, null, "the connection to the database was lost: " + cause.getMessage(), cause);
			}
			rollback(connection);
			executeScript(source, parsed);
			throw new Failure(source, 0, null, cause.getMessage() + " (it failed in a batch, and did not fail again when "
					+ "run statement by statement)", cause);
		}
	}

	/** Runs a Java changeset; for an upgrade, returns the SQL of its downgrade when it can be written down. */
	private @Nullable String executeJava(JavaBackedChangeset changeset, Direction direction) throws Failure {
		Context context = new Context(this.session.connection(), this.session.dialect(), changeset.version(), direction,
				this.session.config().placeholders());
		try {
			if (direction == Direction.UPGRADE) {
				changeset.changeset().upgrade(context);
				return changeset.reversible() ? javaDowngradeScript(changeset, context) : null;
			}
			changeset.changeset().downgrade(context);
			return null;
		}
		catch (Exception ex) {
			throw new Failure(changeset.source(), 0, null, String.valueOf(ex.getMessage()), ex);
		}
	}

	/**
	 * The SQL that undoes a Java changeset's upgrade, written down after the upgrade ran: a derived
	 * downgrade from what the upgrade did; a written one from its code on the changeset API, reading the
	 * schema as the upgrade left it. Null when it cannot be written down (it uses its connection directly).
	 */
	private @Nullable String javaDowngradeScript(JavaBackedChangeset changeset, Context context) {
		try {
			List<String> statements;
			if (ReversibleChangeset.derivesDowngrade(changeset.changeset())) {
				statements = context.schema().downgradeStatements();
			}
			else {
				statements = DryRun.sql(changeset.changeset(), Direction.DOWNGRADE, this.session.dialect(),
						this.session.connection(), this.session.config().placeholders());
			}
			return statements.isEmpty() ? null : String.join(";\n", statements) + ";\n";
		}
		catch (Exception ex) {
			logger.debug("The downgrade of version {} ({}) is not recorded as SQL: {}", changeset.version(),
					changeset.source(), ex.getMessage());
			return null;
		}
	}

	/**
	 * Back to auto-commit after a run; quietly where the connection is gone, so that the failure that
	 * ended the run is the one reported, not "connection closed".
	 */
	private static void restoreAutoCommit(Connection connection) throws SQLException {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			if (!connection.isClosed()) {
				throw ex;
			}
		}
	}

	/** Whether the connection died under a statement (the server ended it, or the network did). */
	private static boolean lost(Connection connection) {
		try {
			return connection.isClosed() || !connection.isValid(2);
		}
		catch (SQLException ex) {
			return true;
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			logger.warn("Rollback failed: {}", ex.getMessage());
		}
	}

	private static long elapsedMs(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	/** What runs a changeset's statements, and returns the downgrade script it learned while running, if any. */
	@FunctionalInterface
	private interface Body {

		@Nullable String run() throws Failure;

	}

	/** A changeset's statement failed; becomes a {@link ChangesetFailedException} once we know what was kept. */
	private static final class Failure extends Exception {

		private static final long serialVersionUID = 1L;

		private final String source;

		private final int line;

		private final @Nullable String statement;

		private boolean nothingRan;

		private @Nullable String advice;

		Failure(String source, int line, @Nullable String statement, String message, Throwable cause) {
			super(message, cause);
			this.source = source;
			this.line = line;
			this.statement = statement;
		}

		/** Says whether the failing statement was the script's first, so that nothing of it ran. */
		Failure nothingRan(boolean nothingRan) {
			this.nothingRan = nothingRan;
			return this;
		}

		/** Adds what to do about this database error in particular. */
		Failure advice(@Nullable String advice) {
			this.advice = advice;
			return this;
		}

		ChangesetFailedException toException(Changeset changeset, Direction direction, boolean dirty) {
			return new ChangesetFailedException(changeset.version(), direction, this.source, this.line, this.statement,
					String.valueOf(getMessage()), dirty, this.nothingRan, this.advice, getCause());
		}

	}

	/** The context a Java changeset runs in. */
	private static final class Context implements ChangesetContext {

		private final Connection connection;

		private final Dialect dialect;

		private final int version;

		private final Direction direction;

		private final Map<String, String> placeholders;

		private @Nullable SchemaEditor schema;

		Context(Connection connection, Dialect dialect, int version, Direction direction,
				Map<String, String> placeholders) {
			this.connection = connection;
			this.dialect = dialect;
			this.version = version;
			this.direction = direction;
			this.placeholders = placeholders;
		}

		@Override
		public Connection connection() {
			return this.connection;
		}

		@Override
		public JdbcTemplate jdbcTemplate() {
			return new JdbcTemplate(new SingleConnectionDataSource(this.connection, true));
		}

		@Override
		public Dialect dialect() {
			return this.dialect;
		}

		@Override
		public int version() {
			return this.version;
		}

		@Override
		public Direction direction() {
			return this.direction;
		}

		@Override
		public Map<String, String> placeholders() {
			return this.placeholders;
		}

		/** One editor per run, which keeps how to undo what the changeset did through it. */
		@Override
		public SchemaEditor schema() {
			if (this.schema == null) {
				try {
					this.schema = SchemaEditor.live(this.connection, this.dialect.ddl());
				}
				catch (SQLException ex) {
					throw new IllegalStateException("The changeset API cannot start: " + ex.getMessage(), ex);
				}
			}
			return this.schema;
		}

	}

}

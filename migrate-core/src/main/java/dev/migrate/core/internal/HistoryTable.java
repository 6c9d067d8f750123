package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.SqlScript;
import org.jspecify.annotations.Nullable;

/** The history table: one row per changeset run, stamp or repair, never updated but to mark success. */
final class HistoryTable {

	private static final String COLUMNS = "repository_id, version, description, type, direction, checksum, success, "
			+ "applied_by, applied_at, execution_ms, downgrade_script, applied_digest, downgrade_checksum";

	/** The columns {@link #read} needs: a table without them is not ours. */
	private static final List<String> READ_COLUMNS = List.of("id", "repository_id", "version", "description", "type",
			"direction", "checksum", "success", "applied_by", "applied_at", "execution_ms");

	private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

	private static final String DOWNGRADE_CHECKSUM_COLUMN = "downgrade_checksum VARCHAR(64)";

	private final Connection connection;

	private final Dialect dialect;

	private final String name;

	HistoryTable(Connection connection, Dialect dialect, String name) {
		this.connection = connection;
		this.dialect = dialect;
		this.name = name;
	}

	String name() {
		return this.name;
	}

	boolean exists() throws SQLException {
		return Tables.exists(this.connection, this.dialect, this.name);
	}

	/** Fails when the table is another tool's: it lacks the columns this table is read by. */
	void requireShape() throws SQLException {
		Tables.requireShape(this.connection, this.dialect, this.name, READ_COLUMNS, "migrate.history-table");
	}

	/**
	 * Adds the columns that a history table made by an earlier version of this release lacks: the
	 * {@code downgrade_checksum} that a recorded downgrade is verified by. Its rows from before keep it
	 * null, and a downgrade recorded without a checksum is never run from the record (see
	 * {@link RecordedDowngrades}).
	 */
	void addMissingColumns() throws SQLException {
		if (!Tables.columns(this.connection, this.dialect, this.name).contains("downgrade_checksum")) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("ALTER TABLE " + this.name + " ADD " + DOWNGRADE_CHECKSUM_COLUMN);
			}
		}
	}

	void create() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : createSql()) {
				statement.execute(sql);
			}
		}
	}

	/** The statements that create the table and its index. */
	List<String> createSql() {
		return List.of("CREATE TABLE " + this.name + " (id " + this.dialect.identityColumn()
				+ ", repository_id VARCHAR(250) NOT NULL, version INTEGER NOT NULL, description VARCHAR(500), "
				+ "type VARCHAR(20) NOT NULL, direction VARCHAR(20) NOT NULL, checksum VARCHAR(64), "
				+ "success BOOLEAN NOT NULL, applied_by VARCHAR(100), applied_at " + this.dialect.timestampType()
				+ " NOT NULL, execution_ms BIGINT, downgrade_script " + this.dialect.textType()
				+ ", applied_digest VARCHAR(16), " + DOWNGRADE_CHECKSUM_COLUMN + ")",
				"CREATE INDEX " + this.name + "_repository_idx ON " + this.name + " (repository_id, id)");
	}

	/** The repository's rows, oldest first; empty when the table does not exist. */
	List<HistoryEntry> read(String repositoryId) throws SQLException {
		if (this.dialect.checksTablesBeforeQuerying() && !exists()) {
			return List.of();
		}
		try {
			return query(repositoryId);
		}
		catch (SQLException ex) {
			if (!this.connection.getAutoCommit()) {
				throw ex;
			}
			// Either the table is missing, or another instance created it since the query failed.
			if (!exists()) {
				return List.of();
			}
			try {
				return query(repositoryId);
			}
			catch (SQLException again) {
				Tables.requireShape(this.connection, this.dialect, this.name, READ_COLUMNS, "migrate.history-table");
				throw again;
			}
		}
	}

	private List<HistoryEntry> query(String repositoryId) throws SQLException {
		List<HistoryEntry> entries = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT id, version, description, type, "
				+ "direction, checksum, success, applied_by, applied_at, execution_ms FROM " + this.name
				+ " WHERE repository_id = ? ORDER BY id")) {
			statement.setString(1, repositoryId);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					Timestamp appliedAt = result.getTimestamp(9);
					long executionMs = result.getLong(10);
					entries.add(new HistoryEntry(result.getLong(1), result.getInt(2), String.valueOf(result.getString(3)),
							ChangesetType.valueOf(result.getString(4)), Direction.of(result.getString(5)),
							result.getString(6), result.getBoolean(7), result.getString(8),
							(appliedAt != null) ? appliedAt.toInstant() : null, result.wasNull() ? null : executionMs,
							null, null));
				}
			}
		}
		return entries;
	}

	/**
	 * The repository's last row, as much of it as a start with nothing pending needs; null when there is
	 * none or the table is missing or older than this release.
	 */
	@Nullable Head head(String repositoryId) throws SQLException {
		if (this.dialect.checksTablesBeforeQuerying() && !exists()) {
			return null;
		}
		String sql = "SELECT success, applied_digest FROM " + this.name + " WHERE id = (SELECT MAX(id) FROM " + this.name
				+ " WHERE repository_id = ?)";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, repositoryId);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? new Head(result.getBoolean(1), result.getString(2)) : null;
			}
		}
		catch (SQLException ex) {
			if (!this.connection.getAutoCommit()) {
				throw ex;
			}
			return null;
		}
	}

	/** The downgrade script recorded with the last upgrade of a version. */
	@Nullable String downgradeScript(String repositoryId, int version) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT downgrade_script FROM " + this.name
				+ " WHERE repository_id = ? AND version = ? AND direction = 'upgrade' AND success = ? ORDER BY id DESC")) {
			statement.setString(1, repositoryId);
			statement.setInt(2, version);
			statement.setBoolean(3, true);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
	}

	/**
	 * What the history says of a version's downgrade: its last successful upgrade, downgrade or stamp,
	 * with the downgrade SQL and checksum an upgrade recorded; null when it has no such row.
	 */
	@Nullable Recorded recorded(String repositoryId, int version) throws SQLException {
		// a table of an earlier release gains the column at the next command that takes the lock
		String downgradeChecksum = Tables.columns(this.connection, this.dialect, this.name).contains("downgrade_checksum")
				? "downgrade_checksum" : "NULL";
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT direction, description, type, "
				+ "checksum, downgrade_script, " + downgradeChecksum + " FROM " + this.name + " WHERE repository_id = ? AND "
				+ "version = ? AND success = ? AND direction IN ('upgrade', 'downgrade', 'stamp') ORDER BY id DESC")) {
			statement.setString(1, repositoryId);
			statement.setInt(2, version);
			statement.setBoolean(3, true);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return null;
				}
				return new Recorded(Direction.of(result.getString(1)), String.valueOf(result.getString(2)),
						ChangesetType.valueOf(result.getString(3)), result.getString(4), result.getString(5),
						result.getString(6));
			}
		}
	}

	/** The checksum recorded with a downgrade script, by which an edit of the recorded text is told. */
	static @Nullable String downgradeChecksum(@Nullable String downgradeScript) {
		return (downgradeScript != null) ? new SqlScript("downgrade", downgradeScript).checksum() : null;
	}

	/** Adds a row. */
	void append(String repositoryId, HistoryEntry entry) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(insertSql())) {
			bind(statement, 0, repositoryId, entry);
			statement.executeUpdate();
		}
	}

	/**
	 * Adds a row and moves the repository's version row to {@code version}, in one statement (see
	 * {@link Dialect#supportsUpdateInWith()}).
	 */
	void appendMovingVersion(String repositoryId, HistoryEntry entry, String versionTable, int version)
			throws SQLException {
		String sql = "WITH moved AS (UPDATE " + versionTable + " SET version = ? WHERE repository_id = ? RETURNING 1) "
				+ "INSERT INTO " + this.name + " (" + COLUMNS + ") SELECT " + VALUES + " FROM moved";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setInt(1, version);
			statement.setString(2, repositoryId);
			bind(statement, 2, repositoryId, entry);
			if (statement.executeUpdate() != 1) {
				throw new SQLException("The row of repository '" + repositoryId + "' in " + versionTable + " is gone");
			}
		}
	}

	/** Adds a row and returns its id, for a run that is marked done later. */
	long insert(String repositoryId, HistoryEntry entry) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(insertSql(),
				new String[] { "id" })) {
			bind(statement, 0, repositoryId, entry);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				return keys.next() ? keys.getLong(1) : -1;
			}
		}
	}

	/**
	 * The statement that adds a row, its values written out, for a dry run; {@code applied_at} and
	 * {@code execution_ms} are the database's clock and what the run takes.
	 */
	String appendSqlText(String repositoryId, HistoryEntry entry) {
		String[] values = { this.dialect.literal(repositoryId), String.valueOf(entry.version()),
				this.dialect.literal(truncate(entry.description(), 500)), this.dialect.literal(entry.type().name()),
				this.dialect.literal(entry.direction().value()), literalOrNull(entry.checksum()),
				entry.success() ? "TRUE" : "FALSE", literalOrNull(truncate(entry.appliedBy(), 100)), "CURRENT_TIMESTAMP",
				entry.success() ? "0 /* its execution time */" : "NULL", literalOrNull(entry.downgradeScript()),
				literalOrNull(entry.appliedDigest()), literalOrNull(downgradeChecksum(entry.downgradeScript())) };
		return "INSERT INTO " + this.name + " (" + COLUMNS + ") VALUES (" + String.join(", ", values) + ")";
	}

	/** The statement that marks a run recorded as started as done, for a dry run. */
	String markSucceededSqlText(String appliedDigest) {
		return "UPDATE " + this.name + " SET success = TRUE, execution_ms = 0 /* its execution time */, applied_digest = "
				+ this.dialect.literal(appliedDigest) + " WHERE id = /* the row inserted when it started */ 0";
	}

	private String literalOrNull(@Nullable String value) {
		return (value != null) ? this.dialect.literal(value) : "NULL";
	}

	private String insertSql() {
		return "INSERT INTO " + this.name + " (" + COLUMNS + ") VALUES (" + VALUES + ")";
	}

	/** Binds a row's values to the parameters after the first {@code offset}. */
	private static void bind(PreparedStatement statement, int offset, String repositoryId, HistoryEntry entry)
			throws SQLException {
		statement.setString(offset + 1, repositoryId);
		statement.setInt(offset + 2, entry.version());
		statement.setString(offset + 3, truncate(entry.description(), 500));
		statement.setString(offset + 4, entry.type().name());
		statement.setString(offset + 5, entry.direction().value());
		statement.setString(offset + 6, entry.checksum());
		statement.setBoolean(offset + 7, entry.success());
		statement.setString(offset + 8, truncate(entry.appliedBy(), 100));
		statement.setTimestamp(offset + 9, Timestamp.from((entry.appliedAt() != null) ? entry.appliedAt() : Instant.now()));
		if (entry.executionMs() != null) {
			statement.setLong(offset + 10, entry.executionMs());
		}
		else {
			statement.setNull(offset + 10, Types.BIGINT);
		}
		statement.setString(offset + 11, entry.downgradeScript());
		statement.setString(offset + 12, entry.appliedDigest());
		statement.setString(offset + 13, downgradeChecksum(entry.downgradeScript()));
	}

	/**
	 * Marks a run recorded as started as done, with the digest it leaves and the downgrade script learned
	 * while it ran, if any.
	 */
	void markSucceeded(long id, long executionMs, String appliedDigest, @Nullable String downgradeScript)
			throws SQLException {
		String learned = (downgradeScript != null) ? ", downgrade_script = ?, downgrade_checksum = ?" : "";
		try (PreparedStatement statement = this.connection.prepareStatement(
				"UPDATE " + this.name + " SET success = ?, execution_ms = ?, applied_digest = ?" + learned + " WHERE id = ?")) {
			int index = 1;
			statement.setBoolean(index++, true);
			statement.setLong(index++, executionMs);
			statement.setString(index++, appliedDigest);
			if (downgradeScript != null) {
				statement.setString(index++, downgradeScript);
				statement.setString(index++, downgradeChecksum(downgradeScript));
			}
			statement.setLong(index, id);
			statement.executeUpdate();
		}
	}

	void delete(String repositoryId) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("DELETE FROM " + this.name + " WHERE repository_id = ?")) {
			statement.setString(1, repositoryId);
			statement.executeUpdate();
		}
	}

	void drop() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("DROP TABLE " + this.name);
		}
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * The repository's last history row, for the check at startup.
	 *
	 * @param success whether the run it records is done
	 * @param appliedDigest the digest it left; null when unknown
	 */
	record Head(boolean success, @Nullable String appliedDigest) {
	}

	/**
	 * A version's last successful upgrade, downgrade or stamp, as {@link #recorded} reads it.
	 *
	 * @param direction upgrade, downgrade or stamp: only an upgrade leaves the version applied with a downgrade
	 * @param description the changeset's description
	 * @param type SQL, Java or baseline
	 * @param checksum the changeset's checksum
	 * @param downgradeScript the downgrade SQL an upgrade recorded; null when none was
	 * @param downgradeChecksum the checksum recorded with it; null where an earlier release wrote the row
	 */
	record Recorded(Direction direction, String description, ChangesetType type, @Nullable String checksum,
			@Nullable String downgradeScript, @Nullable String downgradeChecksum) {
	}

}

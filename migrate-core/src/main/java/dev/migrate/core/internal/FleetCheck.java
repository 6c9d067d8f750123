package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Tells, in one query on one shared connection and without a lock, whether a schema of a fleet is at
 * the version already: its version row, and its last history row, successful and with the digest of the
 * repository's changesets up to that version (what {@link Upgrade} checks for a start with nothing
 * pending). A schema it cannot vouch for is left to the upgrade, which looks closer and says what it finds.
 */
final class FleetCheck {

	private final Dialect dialect;

	private final String versionTable;

	private final String historyTable;

	private final String repositoryId;

	private final int version;

	private final String digest;

	FleetCheck(MigrateConfig config, LoadedRepository loaded, Dialect dialect, int version) {
		this.dialect = dialect;
		this.versionTable = Session.versionTableName(config, loaded.settings());
		this.historyTable = config.historyTable();
		this.repositoryId = loaded.repositoryId(config);
		this.version = version;
		this.digest = AppliedDigest.of(loaded.repository(), version);
	}

	/** The version a current schema is at. */
	int version() {
		return this.version;
	}

	/**
	 * Whether the check can run on this database: not where a failed query is logged by the driver
	 * (MariaDB's), since a new schema has no tables to query yet.
	 */
	boolean applies() {
		return !this.dialect.checksTablesBeforeQuerying();
	}

	/** Whether the schema is current; false when it has work, or when the query fails (no tables yet, say). */
	boolean current(Connection connection, String schema) {
		String prefix = this.dialect.quote(schema) + ".";
		String sql = "SELECT v.version, h.success, h.applied_digest FROM " + prefix + this.versionTable + " v LEFT JOIN "
				+ prefix + this.historyTable + " h ON h.id = (SELECT MAX(id) FROM " + prefix + this.historyTable
				+ " WHERE repository_id = ?) WHERE v.repository_id = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, this.repositoryId);
			statement.setString(2, this.repositoryId);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next() || result.getInt(1) != this.version) {
					return false;
				}
				boolean success = result.getBoolean(2);
				@Nullable String digest = result.getString(3);
				return success && this.digest.equals(digest);
			}
		}
		catch (SQLException ex) {
			return false; // the upgrade opens a session on it, which reports what is wrong
		}
	}

}

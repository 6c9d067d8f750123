package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

	/** The schemas, in lower case, that hold both tables, where {@link #prepare} read them; null to query each. */
	private volatile @Nullable Set<String> withTables;

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
	 * Where the driver logs every failed query (MariaDB's), reads once for the whole fleet which schemas
	 * hold both tables, so that a new schema is never queried for tables it does not have yet.
	 */
	void prepare(Connection connection) {
		if (!this.dialect.checksTablesBeforeQuerying()) {
			return;
		}
		Map<String, Integer> tables = new HashMap<>();
		String sql = "SELECT LOWER(table_schema) FROM information_schema.tables WHERE LOWER(table_name) IN (?, ?)";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, this.versionTable.toLowerCase(Locale.ROOT));
			statement.setString(2, this.historyTable.toLowerCase(Locale.ROOT));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					tables.merge(result.getString(1), 1, Integer::sum);
				}
			}
		}
		catch (SQLException ex) {
			// every schema goes to a session of its own, which looks its tables up one by one
		}
		Set<String> both = new HashSet<>();
		tables.forEach((schema, count) -> {
			if (count == 2) {
				both.add(schema);
			}
		});
		this.withTables = both;
	}

	/** Whether the schema is current; false when it has work, or when the query fails (no tables yet, say). */
	boolean current(Connection connection, String schema) {
		Set<String> withTables = this.withTables;
		if (withTables != null && !withTables.contains(schema.toLowerCase(Locale.ROOT))) {
			return false;
		}
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

package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Tells, in one query for a batch of schemas on a shared connection and without a lock, whether schemas of a fleet are at
 * the version already: its version row, and its last history row, successful and with the digest of the
 * repository's changesets up to that version (what {@link Upgrade} checks for a start with nothing
 * pending). A schema it cannot vouch for is left to the upgrade, which looks closer and says what it finds.
 */
final class FleetCheck {

	/** How many schemas one query checks. */
	static final int BATCH = 50;

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

	/**
	 * Which of the schemas are current, {@link #BATCH} a query: the rows of each schema joined by
	 * {@code UNION ALL}, a query that costs the database about what one schema's does. Where a batch's query
	 * fails (a schema has no tables yet, say), each of its schemas is asked alone, so that one new schema
	 * does not send the others to a session.
	 *
	 * @return for each schema, in order, whether it is current; not when it has work or the query failed
	 */
	boolean[] current(Connection connection, List<String> schemas) {
		boolean[] current = new boolean[schemas.size()];
		for (int from = 0; from < schemas.size(); from += BATCH) {
			List<String> batch = new ArrayList<>();
			List<Integer> indexes = new ArrayList<>();
			for (int index = from; index < Math.min(schemas.size(), from + BATCH); index++) {
				if (mayBeCurrent(schemas.get(index))) {
					batch.add(schemas.get(index));
					indexes.add(index);
				}
			}
			if (batch.isEmpty()) {
				continue;
			}
			Set<String> found = query(connection, batch);
			for (int each = 0; each < batch.size(); each++) {
				String schema = batch.get(each);
				Set<String> alone = (found != null || batch.size() == 1) ? found : query(connection, List.of(schema));
				current[indexes.get(each)] = alone != null && alone.contains(schema);
			}
		}
		return current;
	}

	/** Whether the schema can be current: it holds both tables, where {@link #prepare} read which do. */
	private boolean mayBeCurrent(String schema) {
		Set<String> withTables = this.withTables;
		return withTables == null || withTables.contains(schema.toLowerCase(Locale.ROOT));
	}

	/** The schemas of a batch that are current, in one query; null when the query fails. */
	private @Nullable Set<String> query(Connection connection, List<String> schemas) {
		StringBuilder sql = new StringBuilder();
		for (String schema : schemas) {
			String prefix = this.dialect.quote(schema) + ".";
			if (sql.length() > 0) {
				sql.append(" UNION ALL ");
			}
			// the name as a literal: a parameter in a select list has no type on H2
			sql.append("SELECT ").append(this.dialect.literal(schema)).append(" AS schema_name, v.version, h.success, ")
				.append("h.applied_digest FROM ")
				.append(prefix)
				.append(this.versionTable)
				.append(" v LEFT JOIN ")
				.append(prefix)
				.append(this.historyTable)
				.append(" h ON h.id = (SELECT MAX(id) FROM ")
				.append(prefix)
				.append(this.historyTable)
				.append(" WHERE repository_id = ?) WHERE v.repository_id = ?");
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			int parameter = 1;
			for (int each = 0; each < schemas.size(); each++) {
				statement.setString(parameter++, this.repositoryId);
				statement.setString(parameter++, this.repositoryId);
			}
			Set<String> current = new HashSet<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String schema = result.getString(1);
					int version = result.getInt(2);
					boolean success = result.getBoolean(3);
					@Nullable String digest = result.getString(4);
					if (version == this.version && success && this.digest.equals(digest)) {
						current.add(schema);
					}
				}
			}
			return current;
		}
		catch (SQLException ex) {
			return null; // the upgrade opens a session on each, which reports what is wrong
		}
	}

}

package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.AlreadyUnderVersionControlException;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.NonEmptySchemaException;
import dev.migrate.core.VersionControlResult;
import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.SqlChangeset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a database under version control at a version: SQLAlchemy-Migrate's {@code version_control}. An
 * empty database controlled at 0 gets the baseline script first; any other is stamped as it is.
 */
public final class VersionControl {

	private static final Logger logger = LoggerFactory.getLogger(VersionControl.class);

	private final Session session;

	public VersionControl(Session session) {
		this.session = session;
	}

	/** Puts the database under version control at {@code version}. */
	public VersionControlResult run(int version) throws SQLException {
		Repository repository = this.session.repository();
		if (version < 0 || version > repository.version()) {
			throw new InvalidVersionException("Cannot put the database under version control at version " + version
					+ ": the repository has versions 0 to " + repository.version() + ". Nothing was changed.");
		}
		return this.session.locked(() -> {
			DatabaseState state = this.session.state();
			if (state.underVersionControl()) {
				throw new AlreadyUnderVersionControlException(this.session.repositoryId(), state.dbVersion());
			}
			this.session.createTables();
			boolean baseline = version == 0 && repository.baseline() != null && userTables(this.session).isEmpty();
			if (baseline) {
				new ChangesetRunner(this.session).runBaseline(repository.baseline());
			}
			else {
				stamp(version);
			}
			return new VersionControlResult(this.session.repositoryId(), version, baseline);
		});
	}

	/**
	 * Puts a database that is not under version control under it, as {@code upgrade} does on its first
	 * run, holding the lock: an empty schema at 0 (with the baseline script), a non-empty one at the
	 * baseline version when the configuration allows it; otherwise it refuses.
	 */
	void controlOnFirstRun() throws SQLException {
		List<String> tables = userTables(this.session);
		Repository repository = this.session.repository();
		int version = firstRunVersion(this.session, tables);
		this.session.createTables();
		if (tables.isEmpty() && repository.baseline() != null) {
			new ChangesetRunner(this.session).runBaseline(repository.baseline());
		}
		else {
			stamp(version);
		}
	}

	/**
	 * The version a first run puts the database under version control at: 0 for an empty schema, the
	 * baseline version for a non-empty one where the configuration allows it; otherwise it refuses.
	 * @param tables the schema's tables, those of version control left out
	 */
	static int firstRunVersion(Session session, List<String> tables) throws SQLException {
		if (tables.isEmpty()) {
			return 0;
		}
		int baselineVersion = session.config().baselineVersion();
		if (!session.config().baselineOnExistingSchema()) {
			throw new NonEmptySchemaException(session.repositoryId(), session.dialect().currentSchema(session.connection()),
					tables, baselineVersion);
		}
		if (baselineVersion > session.repository().version()) {
			throw new InvalidVersionException("The baseline version " + baselineVersion
					+ " is beyond the repository's latest version " + session.repository().version()
					+ ". Nothing was changed.");
		}
		return baselineVersion;
	}

	/** The schema's tables, less the version and history tables. */
	static List<String> userTables(Session session) throws SQLException {
		return Tables.listExcept(session.connection(), session.dialect(), session.versionTable().name(),
				session.historyTable().name());
	}

	private void stamp(int version) throws SQLException {
		Repository repository = this.session.repository();
		String description = (version == 0) ? "baseline" : repository.changeset(version).description();
		ChangesetType type = (version == 0) ? ChangesetType.BASELINE : repository.changeset(version).type();
		Transaction.run(this.session.connection(), () -> {
			this.session.versionTable().insert(this.session.repositoryId(), repository.location(), version);
			this.session.historyTable().append(this.session.repositoryId(), HistoryEntry.stamp(version, description,
					type, this.session.user(), AppliedDigest.of(repository, version)));
			return null;
		});
		this.session.forgetAppliedDigest();
		logger.info("Put repository '{}' under version control at version {}", this.session.repositoryId(), version);
	}

}

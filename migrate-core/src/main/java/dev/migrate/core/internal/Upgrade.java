package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetRun;
import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.MigrateConfig.OnNewerDatabase;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.ValidationResult;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.RecordedChangeset;
import dev.migrate.core.repository.Repository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database up to a version, one changeset at a time. When nothing is pending it takes no
 * lock and costs two one-row queries (the version row and the last history row, whose
 * {@link AppliedDigest} validates every applied checksum at once), since it runs on every application start.
 */
public final class Upgrade {

	private static final Logger logger = LoggerFactory.getLogger(Upgrade.class);

	private final Session session;

	public Upgrade(Session session) {
		this.session = session;
	}

	/** Upgrades to {@code target}; null for the configured target, else the latest version. */
	public MigrationResult run(@Nullable Integer target) throws SQLException {
		long start = System.nanoTime();
		int latest = this.session.repository().version();
		int to = target(this.session, target);
		Session.Opening opening = this.session.opening();
		Integer dbVersion = opening.dbVersion();
		HistoryTable.Head head = opening.head();
		if (dbVersion == null) {
			// before the first run puts the database under version control (or runs the baseline script)
			Preconditions.requireReadable(this.session.repository(), -1, to);
			dbVersion = this.session.locked(() -> {
				if (!this.session.state().underVersionControl()) {
					new VersionControl(this.session).controlOnFirstRun();
				}
				return this.session.state().dbVersion();
			});
			head = this.session.historyTable().head(this.session.repositoryId());
		}
		if (head != null && !head.success()) {
			// A run under way on another instance looks the same as a failed one until we hold the lock.
			return migrate(to, start);
		}
		String repositoryId = this.session.repositoryId();
		if (Preconditions.databaseAhead(this.session.repository(), dbVersion)) {
			if (!futureToDowngrade(this.session, dbVersion, to).isEmpty()) {
				return migrate(to, start);
			}
			logger.warn("Repository '{}': the database is at version {}, newer than this release's latest {}; "
					+ "going on as configured", repositoryId, dbVersion, latest);
			return new MigrationResult(repositoryId, dbVersion, dbVersion, List.of());
		}
		requireNotBelow(to, dbVersion);
		if (!unchanged(head, dbVersion)) {
			requireValid(this.session.state());
		}
		if (to == dbVersion) {
			if (this.session.fleetTarget()) {
				// the fleet's summary counts it, with a thousand others
				logger.debug("Repository '{}' is up to date at version {} on {}", repositoryId, dbVersion,
						this.session.describeDatabase());
			}
			else {
				logger.info("Repository '{}' is up to date at version {}", repositoryId, dbVersion);
			}
			return new MigrationResult(repositoryId, dbVersion, dbVersion, List.of());
		}
		return migrate(to, start);
	}

	/** The version to upgrade to: {@code target}, else the configured one, else the latest; checked. */
	static int target(Session session, @Nullable Integer target) {
		int latest = session.repository().version();
		int to = (target != null) ? target : (session.config().target() != null) ? session.config().target() : latest;
		if (to < 0 || to > latest) {
			throw new InvalidVersionException("Cannot upgrade to version " + to + ": the repository's versions run from 0 to "
					+ latest + ". Nothing was changed.");
		}
		return to;
	}

	/**
	 * What an upgrade does with a database ahead of the repository, as {@code migrate.on-newer-database}
	 * says: refuse it ({@code FAIL}), go on without changing it ({@code IGNORE}: none to downgrade), or take
	 * the versions this release does not know out with the downgrades recorded in the history, all of
	 * them checked here, before anything runs ({@code DOWNGRADE}).
	 *
	 * @return the versions to downgrade first, newest first; empty to leave the database as it is
	 */
	static List<RecordedChangeset> futureToDowngrade(Session session, int dbVersion, int to) throws SQLException {
		int latest = session.repository().version();
		OnNewerDatabase onNewerDatabase = session.config().onNewerDatabase();
		if (onNewerDatabase == OnNewerDatabase.IGNORE) {
			return List.of();
		}
		if (onNewerDatabase == OnNewerDatabase.FAIL) {
			Preconditions.requireNotAhead(session, dbVersion, Direction.UPGRADE);
		}
		requireNotBelow(to, latest);
		return RecordedDowngrades.require(session, dbVersion, latest, Direction.UPGRADE);
	}

	/** Fails when the target is below the db version: an upgrade never goes back. */
	static void requireNotBelow(int to, int dbVersion) {
		if (to < dbVersion) {
			throw new InvalidVersionException("Cannot upgrade to version " + to + ": the database is at version "
					+ dbVersion + " already. Use downgrade to go back. Nothing was changed.");
		}
	}

	/** Fails when an applied changeset's checksum differs from the repository's, if the configuration says to validate. */
	private void requireValid(DatabaseState state) {
		if (this.session.config().validateOnUpgrade()) {
			ValidationResult validation = Validate.check(this.session, state);
			if (!validation.valid()) {
				throw new ChecksumMismatchException(validation.mismatches());
			}
		}
	}

	/**
	 * Whether the applied changesets are the repository's, told by the digest of the last history row
	 * alone; when it cannot tell, the whole history is compared.
	 */
	private boolean unchanged(HistoryTable.@Nullable Head head, int dbVersion) {
		return head != null && head.appliedDigest() != null
				&& head.appliedDigest().equals(AppliedDigest.of(this.session.repository(), dbVersion));
	}

	private MigrationResult migrate(int to, long start) throws SQLException {
		Repository repository = this.session.repository();
		String repositoryId = this.session.repositoryId();
		return this.session.locked(() -> {
			this.session.createTables();
			DatabaseState current = this.session.state();
			Preconditions.requireClean(this.session, current);
			int dbVersion = current.dbVersion();
			List<RecordedChangeset> future = List.of();
			if (Preconditions.databaseAhead(repository, dbVersion)) {
				future = futureToDowngrade(this.session, dbVersion, to);
				if (future.isEmpty()) {
					return new MigrationResult(repositoryId, dbVersion, dbVersion, List.of());
				}
				requireValid(current);
			}
			int from = Math.min(dbVersion, repository.version());
			Preconditions.requireReadable(repository, from, to);
			List<ChangesetRun> runs = new ArrayList<>();
			ChangesetRunner runner = new ChangesetRunner(this.session);
			if (!future.isEmpty()) {
				logger.warn("Repository '{}': the database is at version {}, newer than this release's latest {}; "
						+ "downgrading versions {} to {} with the downgrades recorded in the history, as "
						+ "migrate.on-newer-database=downgrade says, on {}", repositoryId, dbVersion, from, from + 1,
						dbVersion, this.session.describeDatabase());
				for (RecordedChangeset changeset : future) {
					runs.add(runner.run(changeset, Direction.DOWNGRADE));
				}
			}
			if (to > from) {
				logger.info("Upgrading repository '{}' from version {} to {} on {}", repositoryId, from, to,
						this.session.describeDatabase());
			}
			for (int version = from + 1; version <= to; version++) {
				runs.add(runner.run(repository.changeset(version), Direction.UPGRADE));
			}
			int reached = Math.max(from, to);
			logger.info("Repository '{}' {} from version {} to {} ({} changesets) in {} ms", repositoryId,
					future.isEmpty() ? "upgraded" : "migrated", dbVersion, reached, runs.size(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			return new MigrationResult(repositoryId, dbVersion, reached, runs);
		});
	}

}

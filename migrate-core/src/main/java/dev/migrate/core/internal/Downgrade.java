package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.ChangesetRun;
import dev.migrate.core.InvalidVersionException;
import dev.migrate.core.IrreversibleChangesetException;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.RecordedChangeset;
import dev.migrate.core.repository.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database down to a version, one changeset at a time. Everything that could stop it half
 * way (a target in the wrong direction, an irreversible changeset, a version the repository does not
 * have and whose downgrade the history does not hold) is checked before the first changeset runs. Versions
 * a newer release applied are taken out with the downgrades it recorded ({@link RecordedDowngrades}).
 */
public final class Downgrade {

	private static final Logger logger = LoggerFactory.getLogger(Downgrade.class);

	private final Session session;

	public Downgrade(Session session) {
		this.session = session;
	}

	/** Downgrades to {@code target}. */
	public MigrationResult run(int target) throws SQLException {
		long start = System.nanoTime();
		DatabaseState state = this.session.state();
		int dbVersion = Preconditions.requireUnderVersionControl(this.session, state);
		check(this.session, target, dbVersion);
		String repositoryId = this.session.repositoryId();
		if (target == dbVersion && state.failedRun() == null) {
			logger.info("Repository '{}' is at version {} already", repositoryId, dbVersion);
			return new MigrationResult(repositoryId, dbVersion, dbVersion, List.of());
		}
		return this.session.locked(() -> {
			this.session.createTables();
			DatabaseState current = this.session.state();
			Preconditions.requireClean(this.session, current);
			int from = current.dbVersion();
			List<RecordedChangeset> future = check(this.session, target, from);
			int known = Math.min(from, this.session.repository().version());
			Preconditions.requireReadable(this.session.repository(), Math.max(known, target), target);
			logger.info("Downgrading repository '{}' from version {} to {} on {}", repositoryId, from, target,
					this.session.describeDatabase());
			List<ChangesetRun> runs = new ArrayList<>();
			ChangesetRunner runner = new ChangesetRunner(this.session);
			for (RecordedChangeset changeset : future) {
				runs.add(runner.run(changeset, Direction.DOWNGRADE));
			}
			for (int version = known; version > target; version--) {
				runs.add(runner.run(this.session.repository().changeset(version), Direction.DOWNGRADE));
			}
			logger.info("Repository '{}' downgraded from version {} to {} ({} changesets) in {} ms", repositoryId, from,
					target, runs.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			return new MigrationResult(repositoryId, from, target, runs);
		});
	}

	/**
	 * Checks everything that could stop a downgrade from {@code dbVersion} to {@code target} half way.
	 *
	 * @return the versions above the repository's latest that the downgrade passes, newest first, each with
	 *     the downgrade recorded in the history; empty when the database is not ahead of the repository
	 */
	static List<RecordedChangeset> check(Session session, int target, int dbVersion) throws SQLException {
		Repository repository = session.repository();
		if (target < 0) {
			throw new InvalidVersionException("Cannot downgrade to version " + target
					+ ": versions are 0 or more. Nothing was changed.");
		}
		if (target > dbVersion) {
			throw new InvalidVersionException("Cannot downgrade to version " + target + ": the database is at version "
					+ dbVersion + ". Use upgrade to go forward. Nothing was changed.");
		}
		List<RecordedChangeset> future = List.of();
		if (Preconditions.databaseAhead(repository, dbVersion)) {
			future = RecordedDowngrades.require(session, dbVersion, Math.max(target, repository.version()),
					Direction.DOWNGRADE);
		}
		for (int version = Math.min(dbVersion, repository.version()); version > target; version--) {
			Changeset changeset = repository.changeset(version);
			if (!changeset.reversible()) {
				throw new IrreversibleChangesetException(version, changeset.source(), target);
			}
		}
		return future;
	}

}

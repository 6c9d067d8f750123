package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.DowngradeNotRecordedException;
import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.RecordedChangeset;
import dev.migrate.core.repository.SqlScript;
import org.jspecify.annotations.Nullable;

/**
 * The downgrades of versions this release does not know, read from the history where a newer release
 * recorded them with each upgrade: what lets an older release take a database back to its own latest
 * version. Every one is checked before any runs: it must be the last successful upgrade of its version,
 * reversible, and its text must still match the checksum recorded with it.
 */
final class RecordedDowngrades {

	private RecordedDowngrades() {
	}

	/**
	 * The versions from {@code dbVersion} down to just above {@code downTo}, newest first, each with its
	 * recorded downgrade. A release whose repository has no version at all is far more likely looking in
	 * the wrong place than older, so it is refused as ahead ({@link Preconditions#requireNotAhead}) rather
	 * than let undo every version.
	 *
	 * @param command the direction the command was to go, for the advice of that refusal
	 * @throws DowngradeNotRecordedException naming each version whose downgrade cannot run from the record
	 */
	static List<RecordedChangeset> require(Session session, int dbVersion, int downTo, Direction command)
			throws SQLException {
		if (session.repository().version() == 0) {
			Preconditions.requireNotAhead(session, dbVersion, command);
		}
		List<RecordedChangeset> changesets = new ArrayList<>();
		List<DowngradeNotRecordedException.Gap> gaps = new ArrayList<>();
		for (int version = dbVersion; version > downTo; version--) {
			HistoryTable.Recorded recorded = session.historyTable().recorded(session.repositoryId(), version);
			String gap = gap(recorded);
			String description = (recorded != null) ? recorded.description() : "";
			if (gap != null) {
				gaps.add(new DowngradeNotRecordedException.Gap(version, description, gap));
			}
			else {
				SqlScript downgrade = new SqlScript("the downgrade of version " + version + " recorded in "
						+ session.historyTable().name(), recorded.downgradeScript());
				changesets.add(new RecordedChangeset(version, description, recorded.type(), recorded.checksum(),
						downgrade));
			}
		}
		if (!gaps.isEmpty()) {
			throw new DowngradeNotRecordedException(session.repositoryId(), dbVersion, downTo, gaps);
		}
		return changesets;
	}

	/** Why the downgrade a version's history records cannot run; null when it can. */
	static @Nullable String gap(HistoryTable.@Nullable Recorded recorded) {
		if (recorded == null || recorded.direction() == Direction.STAMP) {
			return "it was stamped or taken over, not run, so no downgrade was recorded";
		}
		if (recorded.direction() != Direction.UPGRADE) {
			return "its last run in the history is a " + recorded.direction().value() + ", not an upgrade";
		}
		if (recorded.downgradeScript() == null) {
			return (recorded.type() == ChangesetType.JAVA) ? "its upgrade recorded no downgrade SQL: the Java changeset "
					+ "is irreversible, or its downgrade could not be written down as SQL"
					: "its upgrade is marked irreversible";
		}
		if (recorded.downgradeChecksum() == null) {
			return "its downgrade was recorded by an earlier release, without the checksum that verifies it";
		}
		String checksum = HistoryTable.downgradeChecksum(recorded.downgradeScript());
		if (!recorded.downgradeChecksum().equals(checksum)) {
			return "its recorded downgrade was edited since it was recorded (checksum " + checksum + ", recorded "
					+ recorded.downgradeChecksum() + ")";
		}
		return null;
	}

}

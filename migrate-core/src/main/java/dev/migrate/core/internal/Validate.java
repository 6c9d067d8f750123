package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.ValidationResult;
import dev.migrate.core.ValidationResult.ChecksumMismatch;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Repository;

/** Compares the checksums recorded for applied changesets with the repository's. */
public final class Validate {

	private final Session session;

	public Validate(Session session) {
		this.session = session;
	}

	/** Validates the applied changesets. */
	public ValidationResult run() throws SQLException {
		DatabaseState state = this.session.state();
		Preconditions.requireUnderVersionControl(this.session, state);
		Preconditions.requireClean(this.session, state);
		return check(this.session, state);
	}

	/** The mismatches of the applied changesets that have a recorded checksum. */
	static ValidationResult check(Session session, DatabaseState state) {
		Repository repository = session.repository();
		int last = Math.min((state.dbVersion() != null) ? state.dbVersion() : 0, repository.version());
		int checked = 0;
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		for (int version = 1; version <= last; version++) {
			Changeset changeset = repository.changeset(version);
			String recorded = state.recordedChecksum(version);
			String current = changeset.checksum();
			if (recorded != null && current != null) {
				checked++;
				if (!recorded.equals(current)) {
					mismatches.add(new ChecksumMismatch(version, changeset.source(), recorded, current));
				}
			}
		}
		return new ValidationResult(checked, mismatches);
	}

}

package dev.migrate.core.repository;

import org.jspecify.annotations.Nullable;

/**
 * A version that this release's repository does not have, as the database recorded it when a newer
 * release upgraded it: its description, type and checksum, and the downgrade SQL recorded with that
 * upgrade, which is all an older release needs to take the version out again.
 *
 * @param version the version, above the repository's latest
 * @param description the description the upgrade recorded
 * @param type the type the upgrade recorded (SQL or Java)
 * @param checksum the checksum the upgrade recorded
 * @param downgrade the recorded downgrade, as a script named for messages
 */
public record RecordedChangeset(int version, String description, ChangesetType type, @Nullable String checksum,
		SqlScript downgrade) implements Changeset {

	@Override
	public String source() {
		return this.downgrade.fileName();
	}

	@Override
	public boolean reversible() {
		return true;
	}

	@Override
	public boolean inTransaction(Direction direction) {
		return !this.downgrade.directives().contains(SqlChangeset.NO_TRANSACTION);
	}

}

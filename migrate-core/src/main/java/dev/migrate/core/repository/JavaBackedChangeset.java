package dev.migrate.core.repository;

import org.jspecify.annotations.Nullable;

/**
 * A changeset implemented by a {@link JavaChangeset}.
 *
 * @param version the version
 * @param description the description
 * @param changeset the implementation
 * @param reversible whether it implements a downgrade
 */
public record JavaBackedChangeset(int version, String description, JavaChangeset changeset, boolean reversible)
		implements Changeset {

	@Override
	public ChangesetType type() {
		return ChangesetType.JAVA;
	}

	@Override
	public String source() {
		return this.changeset.getClass().getName();
	}

	@Override
	public @Nullable String checksum() {
		return this.changeset.checksum();
	}

	@Override
	public boolean inTransaction(Direction direction) {
		return this.changeset.transactional();
	}

}

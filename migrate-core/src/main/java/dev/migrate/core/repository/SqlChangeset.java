package dev.migrate.core.repository;

import org.jspecify.annotations.Nullable;

/**
 * A changeset of SQL scripts: the ones for the database's dialect, else the {@code default} ones.
 *
 * @param version the version (0 for the baseline script)
 * @param description the description, from the upgrade script's name
 * @param upgrade the upgrade script
 * @param downgrade the downgrade script; null for an irreversible changeset or the baseline
 */
public record SqlChangeset(int version, String description, SqlScript upgrade, @Nullable SqlScript downgrade)
		implements Changeset {

	/** The directive that runs a script outside a transaction. */
	public static final String NO_TRANSACTION = "no-transaction";

	/** The directive that marks an upgrade script without a downgrade. */
	public static final String IRREVERSIBLE = "irreversible";

	@Override
	public ChangesetType type() {
		return (this.version == 0) ? ChangesetType.BASELINE : ChangesetType.SQL;
	}

	@Override
	public String source() {
		return this.upgrade.fileName();
	}

	@Override
	public String checksum() {
		return this.upgrade.checksum();
	}

	@Override
	public boolean reversible() {
		return this.downgrade != null;
	}

	/** The script of a direction; null for the downgrade of an irreversible changeset or the baseline. */
	public @Nullable SqlScript script(Direction direction) {
		return (direction == Direction.UPGRADE) ? this.upgrade : this.downgrade;
	}

	@Override
	public boolean inTransaction(Direction direction) {
		SqlScript script = script(direction);
		return script == null || !script.directives().contains(NO_TRANSACTION);
	}

	@Override
	public String source(Direction direction) {
		SqlScript script = script(direction);
		return (direction == Direction.DOWNGRADE && script != null) ? script.fileName() : source();
	}

}

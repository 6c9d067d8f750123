package dev.migrate.core.repository;

import java.util.Locale;

/** What a run did to a version, as recorded in the history table's {@code direction} column. */
public enum Direction {

	/** The changeset's upgrade ran. */
	UPGRADE,

	/** The changeset's downgrade ran. */
	DOWNGRADE,

	/** The database was put under version control at this version, without running anything. */
	STAMP,

	/** An operator cleared a dirty state or recorded a new checksum. */
	REPAIR;

	/** The value in the history table: the name in lower case. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The direction for a value of the history table. */
	public static Direction of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}

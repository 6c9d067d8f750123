package dev.migrate.core;

import dev.migrate.core.schema.SchemaDiff;

/** The round-trip test found a downgrade that does not undo its upgrade. */
public final class RoundTripException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int version;

	private final transient SchemaDiff diff;

	public RoundTripException(int version, String source, SchemaDiff diff) {
		super("The downgrade of version " + version + " (" + source + ") does not undo its upgrade. "
				+ "After upgrade and downgrade the schema differs from before:\n  " + String.join("\n  ", diff.differences())
				+ "\n  Fix the downgrade so that it reverses every change of the upgrade. The database is left at version "
				+ (version - 1) + " with these differences.");
		this.version = version;
		this.diff = diff;
	}

	public int version() {
		return this.version;
	}

	public SchemaDiff diff() {
		return this.diff;
	}

}

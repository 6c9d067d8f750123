package dev.migrate.core;

/** A downgrade would have to pass a changeset that is marked irreversible. Nothing was changed. */
public final class IrreversibleChangesetException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final int version;

	public IrreversibleChangesetException(int version, String source, int target) {
		super("Cannot downgrade to version " + target + ": version " + version + " (" + source
				+ ") is marked irreversible and has no downgrade. " + advice(version) + " Nothing was changed.",
				advice(version), null);
		this.version = version;
	}

	private static String advice(int version) {
		return "Downgrade to " + version + " at the lowest, or restore a backup.";
	}

	public int version() {
		return this.version;
	}

}

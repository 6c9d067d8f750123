package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.MigrateException;
import dev.migrate.core.internal.sql.ParsedScript;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.JavaBackedChangeset;
import dev.migrate.core.repository.RecordedChangeset;
import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.repository.SqlChangeset;
import dev.migrate.core.repository.SqlScript;
import org.jspecify.annotations.Nullable;

/**
 * Chooses what runs a changeset in a direction: its SQL script, the downgrade SQL recorded with the
 * upgrade of a Java changeset whose downgrade is derived, or its Java code. Also writes the downgrade
 * script an upgrade records.
 */
final class ChangesetExecutors {

	private final Session session;

	private final ScriptExecutor scripts;

	private final JavaChangesetExecutor java;

	ChangesetExecutors(Session session) {
		this.session = session;
		this.scripts = new ScriptExecutor(session);
		this.java = new JavaChangesetExecutor(session);
	}

	/**
	 * What will run, read and checked before anything is recorded.
	 *
	 * @param batch whether it runs in one transaction with its records, where a script is sent as one batch
	 */
	ChangesetExecution prepare(Changeset changeset, Direction direction, boolean batch) throws StepFailure {
		if (changeset instanceof SqlChangeset sql) {
			SqlScript script = sql.script(direction);
			if (script == null) {
				throw new MigrateException("Version " + sql.version() + " (" + sql.source() + ") has no downgrade");
			}
			return this.scripts.prepare(script, batch);
		}
		if (changeset instanceof RecordedChangeset recorded) {
			if (direction != Direction.DOWNGRADE) {
				throw new MigrateException("Version " + recorded.version() + " is not in this release's repository: "
						+ "only its recorded downgrade can run");
			}
			return this.scripts.prepared(recorded.source(), this.scripts.split(recorded.downgrade().text()));
		}
		JavaBackedChangeset javaChangeset = (JavaBackedChangeset) changeset;
		if (direction == Direction.DOWNGRADE && ReversibleChangeset.derivesDowngrade(javaChangeset.changeset())) {
			ParsedScript recorded = recordedDowngrade(javaChangeset);
			if (recorded != null) {
				return this.scripts.prepared(javaChangeset.source() + " (the downgrade recorded with its upgrade)",
						recorded);
			}
		}
		return this.java.prepare(javaChangeset, direction);
	}

	/**
	 * The downgrade script to record with an upgrade, read after the upgrade script, so that a problem of
	 * both is reported for the upgrade, the script that was to run.
	 */
	@Nullable String recordedDowngradeScript(Changeset changeset) throws StepFailure {
		try {
			return downgradeScript(changeset);
		}
		catch (MigrateException ex) {
			throw new StepFailure(changeset.source(Direction.DOWNGRADE), ex.getMessage(), ex);
		}
	}

	/** The downgrade script an upgrade of a SQL changeset records, its placeholders replaced. */
	@Nullable String downgradeScript(Changeset changeset) {
		if (changeset instanceof SqlChangeset sql && sql.downgrade() != null) {
			return Placeholders.replace(sql.downgrade().text(), this.session.config().placeholders(),
					sql.downgrade().fileName());
		}
		return null;
	}

	/**
	 * The SQL of a derived downgrade that the last upgrade of the version recorded: it was written from
	 * the schema as the upgrade found it, which an altered column needs to be altered back.
	 */
	private @Nullable ParsedScript recordedDowngrade(JavaBackedChangeset changeset) throws StepFailure {
		String script;
		try {
			script = this.session.historyTable().downgradeScript(this.session.repositoryId(), changeset.version());
		}
		catch (SQLException ex) {
			throw new StepFailure(changeset.source(), "the recorded downgrade cannot be read: " + ex.getMessage(), ex);
		}
		if (script == null || script.isBlank()) {
			return null;
		}
		return this.scripts.split(script);
	}

}

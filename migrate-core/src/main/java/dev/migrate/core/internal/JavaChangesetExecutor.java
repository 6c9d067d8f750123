package dev.migrate.core.internal;

import java.util.List;

import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.DryRun;
import dev.migrate.core.repository.JavaBackedChangeset;
import dev.migrate.core.repository.ReversibleChangeset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Java changeset's code in a {@link JavaChangesetContext} of its own; an upgrade also writes down
 * the SQL of its downgrade where it can, to be recorded with it.
 */
final class JavaChangesetExecutor {

	private static final Logger logger = LoggerFactory.getLogger(JavaChangesetExecutor.class);

	private final Session session;

	JavaChangesetExecutor(Session session) {
		this.session = session;
	}

	/** The changeset's upgrade or downgrade, ready to run. */
	ChangesetExecution prepare(JavaBackedChangeset changeset, Direction direction) {
		return () -> execute(changeset, direction);
	}

	/** Runs the code; for an upgrade, returns the SQL of its downgrade when it can be written down. */
	private @Nullable String execute(JavaBackedChangeset changeset, Direction direction) throws StepFailure {
		JavaChangesetContext context = new JavaChangesetContext(this.session.connection(), this.session.dialect(),
				changeset.version(), direction, this.session.config().placeholders());
		try {
			if (direction == Direction.UPGRADE) {
				changeset.changeset().upgrade(context);
				return changeset.reversible() ? downgradeScript(changeset, context) : null;
			}
			changeset.changeset().downgrade(context);
			return null;
		}
		catch (Exception ex) {
			throw new StepFailure(changeset.source(), String.valueOf(ex.getMessage()), ex);
		}
	}

	/**
	 * The SQL that undoes a Java changeset's upgrade, written down after the upgrade ran: a derived
	 * downgrade from what the upgrade did; a written one from its code on the changeset API, reading the
	 * schema as the upgrade left it. Null when it cannot be written down (it uses its connection directly).
	 */
	private @Nullable String downgradeScript(JavaBackedChangeset changeset, JavaChangesetContext context) {
		try {
			List<String> statements;
			if (ReversibleChangeset.derivesDowngrade(changeset.changeset())) {
				statements = context.schema().downgradeStatements();
			}
			else {
				statements = DryRun.sql(changeset.changeset(), Direction.DOWNGRADE, this.session.dialect(),
						this.session.connection(), this.session.config().placeholders());
			}
			return statements.isEmpty() ? null : String.join(";\n", statements) + ";\n";
		}
		catch (Exception ex) {
			logger.debug("The downgrade of version {} ({}) is not recorded as SQL: {}", changeset.version(),
					changeset.source(), ex.getMessage());
			return null;
		}
	}

}

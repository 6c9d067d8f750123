package dev.migrate.core.internal;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a database out of version control for this repository: its version row and history go; the
 * tables themselves go only when no other repository is left in them.
 */
public final class DropVersionControl {

	private static final Logger logger = LoggerFactory.getLogger(DropVersionControl.class);

	private final Session session;

	public DropVersionControl(Session session) {
		this.session = session;
	}

	/** Removes the repository's row and history. */
	public void run() throws SQLException {
		this.session.locked(() -> {
			Preconditions.requireUnderVersionControl(this.session, this.session.state());
			this.session.versionTable().delete(this.session.repositoryId());
			boolean history = this.session.historyTable().exists();
			if (history) {
				this.session.historyTable().delete(this.session.repositoryId());
			}
			if (this.session.versionTable().count() == 0) {
				this.session.versionTable().drop();
				if (history) {
					this.session.historyTable().drop();
				}
			}
			logger.info("Dropped version control of repository '{}'", this.session.repositoryId());
			return null;
		});
	}

}

package dev.migrate.core.internal;

import java.sql.SQLException;

import dev.migrate.core.NotUnderVersionControlException;

/** Reads the version the database is at: one query. */
public final class DbVersion {

	private final Session session;

	public DbVersion(Session session) {
		this.session = session;
	}

	/** The db version; fails when the database is not under version control. */
	public int run() throws SQLException {
		Integer dbVersion = this.session.versionTable().read(this.session.repositoryId());
		if (dbVersion == null) {
			throw new NotUnderVersionControlException(this.session.repositoryId(),
					this.session.versionTable().name());
		}
		return dbVersion;
	}

}

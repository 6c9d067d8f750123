package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Finds the {@link SnapshotCatalog} of the database behind a connection, for a snapshot read from a
 * connection alone. Found through {@link java.util.ServiceLoader}: the dialects provide it, so that this
 * package needs no dialect.
 */
public interface SnapshotCatalogProvider {

	/** The catalog of the connection's database; throws when the database is not known. */
	SnapshotCatalog catalogOf(Connection connection) throws SQLException;

}

package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;

import dev.migrate.core.schema.SnapshotCatalog;
import dev.migrate.core.schema.SnapshotCatalogProvider;

/**
 * Gives a schema snapshot read from a connection alone the catalog of the connection's dialect; listed in
 * {@code META-INF/services}, so that the schema package needs no dialect.
 */
public final class DetectedCatalogs implements SnapshotCatalogProvider {

	@Override
	public SnapshotCatalog catalogOf(Connection connection) throws SQLException {
		return Dialects.detect(connection).catalog();
	}

}

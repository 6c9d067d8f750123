package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ServiceLoader;

/** Finds the catalog of a connection's database through the {@link SnapshotCatalogProvider} on the class path. */
final class SnapshotCatalogs {

	private static final SnapshotCatalogProvider provider = ServiceLoader
		.load(SnapshotCatalogProvider.class, SnapshotCatalogs.class.getClassLoader())
		.findFirst()
		.orElseThrow(() -> new IllegalStateException("No " + SnapshotCatalogProvider.class.getName()
				+ " on the class path: the core's dialects provide one"));

	private SnapshotCatalogs() {
	}

	static SnapshotCatalog of(Connection connection) throws SQLException {
		return provider.catalogOf(connection);
	}

}

package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate that a DataSource which a {@link Migrate} bean migrates has its schema managed, so that
 * it does not default to {@code create-drop} on an embedded database.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Migrate> migrates;

	MigrateSchemaManagementProvider(ObjectProvider<Migrate> migrates) {
		this.migrates = migrates;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.migrates.stream().anyMatch((migrate) -> migrate.config().dataSource().equals(dataSource))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}

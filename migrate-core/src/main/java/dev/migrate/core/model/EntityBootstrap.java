package dev.migrate.core.model;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.schema.NameCase;
import org.hibernate.HibernateException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceException;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's own bootstrap for some entity classes, without a connection ({@code MetadataSources} on a
 * service registry that may not read JDBC metadata): the dialect is the one named in the settings, else the
 * one Hibernate resolves from the database's product name and version. A class of its own, so that
 * {@link JpaModel} loads without Hibernate and says that it is missing.
 */
final class EntityBootstrap {

	private static final String DIALECT = "hibernate.dialect";

	private static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";

	private EntityBootstrap() {
	}

	/** The entities' metadata for this database, read; the service registry is closed again. */
	static MetadataSnapshot.Mapped snapshot(@Nullable ClassLoader classLoader, List<String> packages, List<String> classNames,
			Map<String, Object> settings, DatabaseMetaData database, NameCase nameCase, Set<String> schema, Dialect dialect)
			throws SQLException {
		Map<String, Object> all = new HashMap<>(settings);
		all.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		if (!all.containsKey(DIALECT) && !all.containsKey(PRODUCT_NAME)) {
			all.put(PRODUCT_NAME, database.getDatabaseProductName());
			all.put("jakarta.persistence.database-product-version", database.getDatabaseProductVersion());
			all.put("jakarta.persistence.database-major-version", String.valueOf(database.getDatabaseMajorVersion()));
			all.put("jakarta.persistence.database-minor-version", String.valueOf(database.getDatabaseMinorVersion()));
		}
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
			.applyClassLoader((classLoader != null) ? classLoader : EntityBootstrap.class.getClassLoader())
			.build();
		StandardServiceRegistry registry = null;
		try {
			registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
			MetadataSources sources = new MetadataSources(registry);
			classNames.forEach(sources::addAnnotatedClassName);
			return MetadataSnapshot.read(sources.buildMetadata(), nameCase, schema, dialect.synonyms());
		}
		catch (ServiceException ex) {
			// the JDBC environment, the dialect first, is a service
			throw new MigrateException("Hibernate could not start for " + dialect.productName() + " "
					+ database.getDatabaseProductVersion() + ": " + ex.getMessage() + ". Name the Hibernate dialect of "
					+ "this database in the hibernate.dialect setting", ex);
		}
		catch (HibernateException ex) {
			throw new MigrateException("Hibernate could not map the entities of the packages " + packages + " for "
					+ dialect.productName() + " " + database.getDatabaseProductVersion() + ": " + ex.getMessage()
					+ ". Fix the mapping of the entity it names", ex);
		}
		finally {
			if (registry != null) {
				StandardServiceRegistryBuilder.destroy(registry);
			}
			else {
				bootstrap.close();
			}
		}
	}

}

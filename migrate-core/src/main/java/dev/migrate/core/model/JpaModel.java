package dev.migrate.core.model;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.SchemaSnapshot;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's JPA model as Hibernate maps it: either the {@link Metadata} of a running application
 * ({@link #of}), or the entities of some packages, for which Hibernate's own bootstrap builds the metadata
 * ({@link #entities}) when it is first asked for a snapshot, once, with the target database's dialect and
 * without connecting. {@link #snapshot} gives it as the {@link SchemaSnapshot} a live database gives.
 */
public final class JpaModel {

	private static final Logger logger = LoggerFactory.getLogger(JpaModel.class);

	static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";

	static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

	/** Spring Boot's physical naming strategy, which is Hibernate's own class. */
	static final String BOOT_PHYSICAL_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

	/** Spring Boot's implicit naming strategy (Boot 4), used when it is on the class path. */
	static final String BOOT_IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

	private static final String DIALECT = "hibernate.dialect";

	private static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";

	private final @Nullable Metadata metadata;

	private final @Nullable ClassLoader classLoader;

	private final List<String> packages;

	private final List<String> classNames;

	private final Map<String, Object> settings;

	/** The last snapshot, and what it was made for (dialect, name case, database version). */
	private @Nullable String snapshotKey;

	private @Nullable SchemaSnapshot snapshot;

	private JpaModel(@Nullable Metadata metadata, @Nullable ClassLoader classLoader, List<String> packages,
			List<String> classNames, Map<String, Object> settings) {
		this.metadata = metadata;
		this.classLoader = classLoader;
		this.packages = packages;
		this.classNames = classNames;
		this.settings = settings;
	}

	/**
	 * The model of a running application, from the metadata Hibernate built for it: its naming strategies,
	 * settings and dialect applied already.
	 */
	public static JpaModel of(Metadata metadata) {
		List<String> names = metadata.getEntityBindings().stream().map((entity) -> entity.getClassName()).sorted().toList();
		return new JpaModel(metadata, null, List.of(), names, Map.of());
	}

	/**
	 * The model of the {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter}
	 * classes of these packages and their sub-packages, found by reading class files (none is initialised).
	 * The metadata is built when a snapshot is first asked for, with these {@code hibernate.*} settings.
	 * Without {@code hibernate.physical_naming_strategy}, Spring Boot's
	 * ({@code CamelCaseToUnderscoresNamingStrategy}); without {@code hibernate.implicit_naming_strategy},
	 * Spring Boot's {@code SpringImplicitNamingStrategy} when the class loader has it, else Hibernate's
	 * default; for Hibernate's own physical names, pass
	 * {@code org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl}. Without
	 * {@code hibernate.dialect}, the dialect is the one Hibernate resolves for the database a snapshot is
	 * made for (its product name and version).
	 * @throws MigrateException when the packages hold no such class
	 */
	public static JpaModel entities(ClassLoader classLoader, Collection<String> packages, Map<String, Object> settings) {
		List<String> names = EntityScan.classNames(classLoader, packages);
		if (names.isEmpty()) {
			throw new MigrateException("No @Entity, @Embeddable or @MappedSuperclass class in the packages " + packages
					+ " (or their sub-packages) on the class path: name the packages that hold the JPA entities, and "
					+ "compile them first");
		}
		Map<String, Object> all = new HashMap<>();
		all.put(PHYSICAL_NAMING, BOOT_PHYSICAL_NAMING);
		if (present(classLoader, BOOT_IMPLICIT_NAMING)) {
			all.put(IMPLICIT_NAMING, BOOT_IMPLICIT_NAMING);
		}
		all.putAll(settings);
		return new JpaModel(null, classLoader, List.copyOf(packages), names, Map.copyOf(all));
	}

	/** The mapped classes: the entities of {@link #of}, the classes found by {@link #entities}; sorted. */
	public List<String> classNames() {
		return this.classNames;
	}

	/**
	 * The model as the database behind this connection would hold it: tables of the default schema, with
	 * names as the database stores them and types as the dialect's {@link Dialect#synonyms()} spell them;
	 * the generators' sequences as objects of kind {@code sequence} (with {@code increment} and
	 * {@code start}). Tables and sequences of another schema are left out, with a warning.
	 * @throws MigrateException when Hibernate cannot map the entities, or has no dialect for the database
	 */
	public synchronized SchemaSnapshot snapshot(Connection connection, Dialect dialect) throws SQLException {
		DatabaseMetaData database = connection.getMetaData();
		NameCase nameCase = NameCase.of(database);
		String key = dialect.name() + " " + nameCase + " " + database.getDatabaseProductName() + " "
				+ database.getDatabaseProductVersion();
		if (this.snapshot == null || !key.equals(this.snapshotKey)) {
			this.snapshot = (this.metadata != null) ? read(this.metadata, nameCase, dialect)
					: build(database, nameCase, dialect);
			this.snapshotKey = key;
		}
		return this.snapshot;
	}

	private SchemaSnapshot read(Metadata metadata, NameCase nameCase, Dialect dialect) {
		MetadataSnapshot reader = new MetadataSnapshot(metadata, nameCase, dialect.synonyms());
		SchemaSnapshot read = reader.read();
		if (!reader.otherSchemas().isEmpty()) {
			logger.warn("The JPA model diff leaves out what the model maps in other schemas or catalogs than the "
					+ "configured one: {}", reader.otherSchemas());
		}
		return read;
	}

	/** Hibernate's own bootstrap, without a connection: the entities' metadata, for this database. */
	private SchemaSnapshot build(DatabaseMetaData database, NameCase nameCase, Dialect dialect) throws SQLException {
		Map<String, Object> all = new HashMap<>(this.settings);
		all.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		if (!all.containsKey(DIALECT) && !all.containsKey(PRODUCT_NAME)) {
			all.put(PRODUCT_NAME, database.getDatabaseProductName());
			all.put("jakarta.persistence.database-product-version", database.getDatabaseProductVersion());
			all.put("jakarta.persistence.database-major-version", String.valueOf(database.getDatabaseMajorVersion()));
			all.put("jakarta.persistence.database-minor-version", String.valueOf(database.getDatabaseMinorVersion()));
		}
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
			.applyClassLoader((this.classLoader != null) ? this.classLoader : JpaModel.class.getClassLoader())
			.build();
		StandardServiceRegistry registry = null;
		try {
			registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
			MetadataSources sources = new MetadataSources(registry);
			this.classNames.forEach(sources::addAnnotatedClassName);
			return read(sources.buildMetadata(), nameCase, dialect);
		}
		catch (HibernateException ex) {
			throw new MigrateException("Hibernate could not map the entities of the packages " + this.packages + " for "
					+ dialect.productName() + " " + database.getDatabaseProductVersion() + ": " + ex.getMessage()
					+ ". Fix the mapping, or name the Hibernate dialect in the hibernate.dialect setting", ex);
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

	private static boolean present(ClassLoader classLoader, String className) {
		try {
			Class.forName(className, false, classLoader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}

package dev.migrate.core.model;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.SchemaSnapshot;
import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * The application's JPA model as Hibernate maps it: either the {@link Metadata} of a running application
 * ({@link #of}), or the entities of some packages, for which Hibernate's own bootstrap builds the metadata
 * ({@link #entities}) when it is first asked for a snapshot, once, with the target database's dialect and
 * without connecting. {@link #snapshot} gives it as the {@link SchemaSnapshot} a live database gives.
 */
public final class JpaModel {

	static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";

	static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

	/**
	 * Spring Boot 4's physical naming strategy, which is Hibernate's own class (snake case; the deprecated
	 * {@code CamelCaseToUnderscoresNamingStrategy} names alike).
	 */
	static final String BOOT_PHYSICAL_NAMING = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

	/** Spring Boot's implicit naming strategy (Boot 4), used when it is on the class path. */
	static final String BOOT_IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

	private final @Nullable Metadata metadata;

	private final @Nullable ClassLoader classLoader;

	private final List<String> packages;

	private final List<String> classNames;

	private final Map<String, Object> settings;

	/** The last snapshot, and what it was made for (dialect, name case, database version). */
	private @Nullable String snapshotKey;

	private MetadataSnapshot.@Nullable Mapped mapped;

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
	 * ({@code PhysicalNamingStrategySnakeCaseImpl}); without {@code hibernate.implicit_naming_strategy},
	 * Spring Boot's {@code SpringImplicitNamingStrategy} when the class loader has it, else Hibernate's
	 * default; for Hibernate's own physical names, pass
	 * {@code org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl}. Without
	 * {@code hibernate.dialect}, the dialect is the one Hibernate resolves for the database a snapshot is
	 * made for (its product name and version).
	 * @throws MigrateException when the packages hold no such class, or Hibernate is not on the class path
	 */
	public static JpaModel entities(ClassLoader classLoader, Collection<String> packages, Map<String, Object> settings) {
		if (!present(JpaModel.class.getClassLoader(), "org.hibernate.boot.MetadataSources")) {
			throw new MigrateException("The JPA model diff needs Hibernate ORM on the class path, beside Migrate: add "
					+ "org.hibernate.orm:hibernate-core (Spring Boot's JPA starter has it)");
		}
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
	 * {@code start}). Tables and sequences that name another schema (or catalog) than the connection's are
	 * left out, with a warning.
	 * @throws MigrateException when Hibernate cannot map the entities, or has no dialect for the database
	 */
	public synchronized SchemaSnapshot snapshot(Connection connection, Dialect dialect) throws SQLException {
		DatabaseMetaData database = connection.getMetaData();
		NameCase nameCase = NameCase.of(database);
		Set<String> schema = new TreeSet<>();
		for (String name : new String[] { dialect.currentSchema(connection), connection.getCatalog() }) {
			if (name != null) {
				schema.add(name.toLowerCase(Locale.ROOT));
			}
		}
		String key = dialect.name() + " " + nameCase + " " + schema + " " + database.getDatabaseProductName() + " "
				+ database.getDatabaseProductVersion();
		if (this.mapped == null || !key.equals(this.snapshotKey)) {
			this.mapped = (this.metadata != null)
					? MetadataSnapshot.read(this.metadata, nameCase, schema, dialect.synonyms())
					: EntityBootstrap.snapshot(this.classLoader, this.packages, this.classNames, this.settings, database,
							nameCase, schema, dialect);
			this.snapshotKey = key;
		}
		return this.mapped.snapshot();
	}

	/**
	 * Whether a column of the last {@link #snapshot} is one the database generates values for
	 * ({@code GenerationType.IDENTITY}), which a snapshot does not tell; names as the snapshot spells them.
	 * False before the first snapshot.
	 */
	public synchronized boolean isIdentity(String table, String column) {
		return this.mapped != null && this.mapped.identityColumns().contains(table + "." + column);
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

package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.SchemaObjectSnapshot;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hibernate's mapping metadata as a {@link SchemaSnapshot}: each physical table of the default schema with
 * its columns (types as Hibernate's dialect writes them, {@link Column#getSqlType(Metadata)}, then made the
 * database's one spelling by its {@link SchemaSynonyms}), primary key, foreign keys, unique constraints
 * ({@code @Table(uniqueConstraints)}, {@code unique = true}) and indexes; the sequences of its generators as
 * objects of kind {@code sequence}. Names are as the database stores them (upper case on H2), unless quoted.
 * Tables and sequences that name another schema or catalog than the one read are left out, with a warning.
 */
final class MetadataSnapshot {

	/** A {@code default ...} clause in a {@code columnDefinition}, to the end or to a {@code not null}. */
	private static final Pattern DEFAULT = Pattern.compile("(?i)\\s+default\\s+('(?:[^']|'')*'|\\S+(?:\\([^)]*\\))?)");

	private static final Pattern NOT_NULL = Pattern.compile("(?i)\\s+not\\s+null\\b");

	private static final Pattern NULL = Pattern.compile("(?i)\\s+null\\b");

	private static final Logger logger = LoggerFactory.getLogger(MetadataSnapshot.class);

	private final Metadata metadata;

	private final NameCase nameCase;

	/** The names of the schema read, in lower case: its own, and on MySQL the catalog's, which is the same. */
	private final Set<String> schema;

	private final SchemaSynonyms synonyms;

	private final List<String> otherSchemas = new ArrayList<>();

	/** {@code table.column} of each identity column, names as the database stores them. */
	private final Set<String> identityColumns = new HashSet<>();

	/** Reads the metadata, and warns of what it leaves out. */
	static Mapped read(Metadata metadata, NameCase nameCase, Set<String> schema, SchemaSynonyms synonyms) {
		MetadataSnapshot reader = new MetadataSnapshot(metadata, nameCase, schema, synonyms);
		SchemaSnapshot snapshot = reader.read();
		if (!reader.otherSchemas.isEmpty()) {
			logger.warn("The JPA model diff leaves out what the model maps in other schemas or catalogs than the one it "
					+ "reads: {}", reader.otherSchemas);
		}
		return new Mapped(snapshot, Set.copyOf(reader.identityColumns));
	}

	private MetadataSnapshot(Metadata metadata, NameCase nameCase, Set<String> schema, SchemaSynonyms synonyms) {
		this.metadata = metadata;
		this.nameCase = nameCase;
		this.schema = schema;
		this.synonyms = synonyms;
	}

	private SchemaSnapshot read() {
		List<TableSnapshot> tables = new ArrayList<>();
		List<SchemaObjectSnapshot> sequences = new ArrayList<>();
		for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
			for (Table table : namespace.getTables()) {
				if (!table.isPhysicalTable() || table.isView()) {
					continue;
				}
				if (!inSchema(table.getSchema(), table.getCatalog())) {
					this.otherSchemas.add(table.getQualifiedTableName().toString());
					continue;
				}
				tables.add(table(table));
			}
			for (Sequence sequence : namespace.getSequences()) {
				if (!inSchema(text(sequence.getName().getSchemaName()), text(sequence.getName().getCatalogName()))) {
					this.otherSchemas.add(sequence.getName().toString());
					continue;
				}
				Map<String, String> properties = new LinkedHashMap<>();
				properties.put("increment", String.valueOf(sequence.getIncrementSize()));
				properties.put("start", String.valueOf(sequence.getInitialValue()));
				sequences.add(new SchemaObjectSnapshot("sequence", name(sequence.getName().getSequenceName()), properties));
			}
		}
		return new SchemaSnapshot(tables, sequences);
	}

	private TableSnapshot table(Table table) {
		List<Column> keyColumns = table.hasPrimaryKey() ? table.getPrimaryKey().getColumns() : List.of();
		List<ColumnSnapshot> columns = new ArrayList<>();
		String tableName = name(table.getNameIdentifier());
		for (Column column : table.getColumns()) {
			columns.add(column(column, keyColumns.contains(column)));
			if (column.isIdentity()) {
				this.identityColumns.add(tableName + "." + name(column));
			}
		}
		PrimaryKeySnapshot primaryKey = keyColumns.isEmpty() ? null : new PrimaryKeySnapshot(null, names(keyColumns));
		List<ForeignKeySnapshot> foreignKeys = new ArrayList<>();
		for (ForeignKey key : table.getForeignKeyCollection()) {
			if (key.isCreationEnabled() && key.isPhysicalConstraint()) {
				foreignKeys.add(foreignKey(key));
			}
		}
		List<UniqueConstraintSnapshot> uniques = new ArrayList<>();
		for (UniqueKey unique : table.getUniqueKeys().values()) {
			uniques.add(new UniqueConstraintSnapshot(unique.isNameExplicit() ? name(unique.getName(), false) : null,
					names(unique.getColumns())));
		}
		for (Column column : table.getColumns()) {
			List<String> single = List.of(name(column));
			if (column.isUnique() && !single.equals(names(keyColumns))
					&& uniques.stream().noneMatch((unique) -> unique.columns().equals(single))) {
				uniques.add(new UniqueConstraintSnapshot(null, single));
			}
		}
		List<IndexSnapshot> indexes = new ArrayList<>();
		for (Index index : table.getIndexes().values()) {
			List<String> indexColumns = new ArrayList<>();
			for (Selectable selectable : index.getSelectables()) {
				if (selectable instanceof Column column) {
					indexColumns.add(name(column));
				}
			}
			indexes.add(new IndexSnapshot(name(index.getName(), false), indexColumns, index.isUnique()));
		}
		return new TableSnapshot(tableName, columns, primaryKey, foreignKeys, uniques, indexes);
	}

	/**
	 * A column: its type as the dialect writes it, or as its {@code columnDefinition} says, with the
	 * definition's {@code default} and {@code not null} read out of it.
	 */
	private ColumnSnapshot column(Column column, boolean inPrimaryKey) {
		String type = column.getSqlType(this.metadata);
		String defaultValue = column.getDefaultValue();
		boolean nullable = column.isNullable() && !inPrimaryKey;
		Matcher declaredDefault = DEFAULT.matcher(type);
		if (declaredDefault.find()) {
			if (defaultValue == null) {
				defaultValue = declaredDefault.group(1);
			}
			type = type.substring(0, declaredDefault.start()) + type.substring(declaredDefault.end());
		}
		Matcher notNull = NOT_NULL.matcher(type);
		if (notNull.find()) {
			nullable = false;
			type = notNull.replaceAll("");
		}
		type = NULL.matcher(type).replaceAll("");
		return this.synonyms.column(new ColumnSnapshot(name(column), type.trim().toLowerCase(Locale.ROOT), null, null,
				nullable, defaultValue));
	}

	private ForeignKeySnapshot foreignKey(ForeignKey key) {
		Table referenced = key.getReferencedTable();
		List<Column> referencedColumns = (key.isReferenceToPrimaryKey() || key.getReferencedColumns().isEmpty())
				? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
		String referencedName = name(referenced.getNameIdentifier());
		if (!inSchema(referenced.getSchema(), referenced.getCatalog())) {
			referencedName = name(referenced.getSchemaIdentifier()) + "." + referencedName;
		}
		return new ForeignKeySnapshot(name(key.getName(), false), names(key.getColumns()), referencedName,
				names(referencedColumns), rule(key.getOnDeleteAction()), "NO ACTION");
	}

	/** Whether a table's or a sequence's schema and catalog, where it names them, are the schema read. */
	private boolean inSchema(@Nullable String schema, @Nullable String catalog) {
		return (schema == null || this.schema.contains(schema.toLowerCase(Locale.ROOT)))
				&& (catalog == null || this.schema.contains(catalog.toLowerCase(Locale.ROOT)));
	}

	private static @Nullable String text(@Nullable Identifier identifier) {
		return (identifier != null) ? identifier.getText() : null;
	}

	/** The snapshot, and the identity columns, which a snapshot does not tell. */
	record Mapped(SchemaSnapshot snapshot, Set<String> identityColumns) {

	}

	private static String rule(@Nullable OnDeleteAction action) {
		if (action == null) {
			return "NO ACTION";
		}
		return action.name().replace('_', ' ');
	}

	private List<String> names(List<Column> columns) {
		return columns.stream().map(this::name).toList();
	}

	private String name(Column column) {
		return name(column.getName(), column.isQuoted());
	}

	private String name(Identifier identifier) {
		return name(identifier.getText(), identifier.isQuoted());
	}

	/** A name as the database stores it: as written when quoted, else in the database's case. */
	private String name(String name, boolean quoted) {
		return quoted ? name : this.nameCase.apply(name);
	}

}

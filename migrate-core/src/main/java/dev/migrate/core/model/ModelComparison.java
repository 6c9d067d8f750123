package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.model.ModelDifference.ColumnMissing;
import dev.migrate.core.model.ModelDifference.ForeignKeyExtra;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.model.ModelDifference.IndexExtra;
import dev.migrate.core.model.ModelDifference.IndexMissing;
import dev.migrate.core.model.ModelDifference.PrimaryKeyDiffers;
import dev.migrate.core.model.ModelDifference.SequenceExtra;
import dev.migrate.core.model.ModelDifference.SequenceMissing;
import dev.migrate.core.model.ModelDifference.TableExtra;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.model.ModelDifference.UniqueExtra;
import dev.migrate.core.model.ModelDifference.UniqueMissing;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.SchemaObjectSnapshot;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the model's snapshot with the database's, both through the database's synonyms. Keys and
 * constraints compare by what they are, never by name (Hibernate's {@code FK...} and {@code UK...} are not
 * the database's): a foreign key by its column pairs, target table and delete rule; a unique constraint by
 * its set of columns, which a unique index of the database also satisfies; an index by its column list
 * and uniqueness; a primary key by its set of columns. An index of the database that only serves a foreign
 * key (MySQL's and MariaDB's, which each foreign key needs), of the database or of the model (whose key
 * would take it), is not extra. A default is compared where the
 * model maps one. A sequence owned by a column (PostgreSQL's serial and identity) is the column's; a
 * sequence whose increment differs from the model's {@code allocationSize} is a warning, not yet a difference.
 */
final class ModelComparison {

	private static final Logger logger = LoggerFactory.getLogger(ModelComparison.class);

	private final SchemaSynonyms synonyms;

	private final boolean foreignKeysHaveIndexes;

	private final List<ModelDifference> differences = new ArrayList<>();

	ModelComparison(SchemaSynonyms synonyms, boolean foreignKeysHaveIndexes) {
		this.synonyms = synonyms;
		this.foreignKeysHaveIndexes = foreignKeysHaveIndexes;
	}

	ModelDiff compare(SchemaSnapshot model, SchemaSnapshot database) {
		Map<String, TableSnapshot[]> tables = new TreeMap<>();
		for (TableSnapshot table : model.tables()) {
			tables.computeIfAbsent(table.name(), (name) -> new TableSnapshot[2])[0] = canonical(table);
		}
		for (TableSnapshot table : database.tables()) {
			tables.computeIfAbsent(table.name(), (name) -> new TableSnapshot[2])[1] = canonical(table);
		}
		for (TableSnapshot[] pair : tables.values()) {
			if (pair[1] == null) {
				this.differences.add(new TableMissing(pair[0]));
			}
			else if (pair[0] == null) {
				this.differences.add(new TableExtra(pair[1]));
			}
			else {
				compareTables(pair[0], pair[1]);
			}
		}
		compareSequences(sequences(model, false), sequences(database, true));
		return new ModelDiff(this.differences);
	}

	private TableSnapshot canonical(TableSnapshot table) {
		return new TableSnapshot(table.name(), table.columns().stream().map(this.synonyms::column).toList(),
				table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(), table.indexes(),
				table.checkConstraints());
	}

	private void compareTables(TableSnapshot model, TableSnapshot database) {
		String table = model.name();
		for (ColumnSnapshot column : model.columns()) {
			ColumnSnapshot existing = database.column(column.name());
			if (existing == null) {
				this.differences.add(new ColumnMissing(table, column));
				continue;
			}
			boolean type = !column.typeDeclaration().equals(existing.typeDeclaration());
			boolean nullability = column.nullable() != existing.nullable();
			boolean defaultValue = column.defaultValue() != null
					&& !column.defaultValue().equals(existing.defaultValue());
			if (type || nullability || defaultValue) {
				this.differences.add(new ColumnDiffers(table, column, existing, type, nullability, defaultValue));
			}
		}
		for (ColumnSnapshot column : database.columns()) {
			if (model.column(column.name()) == null) {
				this.differences.add(new ColumnExtra(table, column));
			}
		}
		comparePrimaryKeys(table, model.primaryKey(), database.primaryKey());
		compareForeignKeys(table, model, database);
		compareUniquesAndIndexes(table, model, database);
	}

	private void comparePrimaryKeys(String table, @Nullable PrimaryKeySnapshot model,
			@Nullable PrimaryKeySnapshot database) {
		Set<String> modelColumns = (model != null) ? new TreeSet<>(model.columns()) : Set.of();
		Set<String> databaseColumns = (database != null) ? new TreeSet<>(database.columns()) : Set.of();
		if (!modelColumns.equals(databaseColumns)) {
			this.differences.add(new PrimaryKeyDiffers(table, model, database));
		}
	}

	private void compareForeignKeys(String table, TableSnapshot model, TableSnapshot database) {
		Map<String, ForeignKeySnapshot> existing = new LinkedHashMap<>();
		for (ForeignKeySnapshot key : database.foreignKeys()) {
			existing.putIfAbsent(identity(key), key);
		}
		for (ForeignKeySnapshot key : model.foreignKeys()) {
			if (existing.remove(identity(key)) == null) {
				this.differences.add(new ForeignKeyMissing(table, key));
			}
		}
		for (ForeignKeySnapshot key : existing.values()) {
			this.differences.add(new ForeignKeyExtra(table, key));
		}
	}

	/** What a foreign key is: its column pairs (in any order), target table and delete rule. */
	private String identity(ForeignKeySnapshot key) {
		Set<String> pairs = new TreeSet<>();
		for (int i = 0; i < key.columns().size(); i++) {
			pairs.add(key.columns().get(i) + "->"
					+ ((i < key.referencedColumns().size()) ? key.referencedColumns().get(i) : "?"));
		}
		return pairs + " " + key.referencedTable() + " on delete " + this.synonyms.rule(key.onDelete());
	}

	/**
	 * Indexes by column list and uniqueness, then unique constraints by column set; a unique index of one
	 * side satisfies a unique constraint of the other. An index of the database left over that serves a
	 * foreign key of the database or of the model, on a database whose foreign keys need one, is not extra:
	 * it is the key's, or the one the key takes when it is added.
	 */
	private void compareUniquesAndIndexes(String table, TableSnapshot model, TableSnapshot database) {
		List<UniqueConstraintSnapshot> uniques = new ArrayList<>(database.uniqueConstraints());
		List<IndexSnapshot> indexes = new ArrayList<>(database.indexes());
		List<ModelDifference> missingUniques = new ArrayList<>();
		List<ModelDifference> missingIndexes = new ArrayList<>();
		for (IndexSnapshot index : model.indexes()) {
			if (!removeIndex(indexes, index.columns(), index.unique(), false)
					&& !(index.unique() && removeUnique(uniques, index.columns()))) {
				missingIndexes.add(new IndexMissing(table, index));
			}
		}
		for (UniqueConstraintSnapshot unique : model.uniqueConstraints()) {
			if (!removeUnique(uniques, unique.columns()) && !removeIndex(indexes, unique.columns(), true, true)) {
				missingUniques.add(new UniqueMissing(table, unique));
			}
		}
		this.differences.addAll(missingUniques);
		for (UniqueConstraintSnapshot unique : uniques) {
			this.differences.add(new UniqueExtra(table, unique));
		}
		this.differences.addAll(missingIndexes);
		for (IndexSnapshot index : indexes) {
			if (!(this.foreignKeysHaveIndexes && !index.unique()
					&& (servesForeignKey(index, database) || servesForeignKey(index, model)))) {
				this.differences.add(new IndexExtra(table, index));
			}
		}
	}

	private static boolean removeIndex(List<IndexSnapshot> indexes, List<String> columns, boolean unique,
			boolean anyOrder) {
		for (Iterator<IndexSnapshot> each = indexes.iterator(); each.hasNext();) {
			IndexSnapshot index = each.next();
			boolean sameColumns = anyOrder ? new TreeSet<>(index.columns()).equals(new TreeSet<>(columns))
					: index.columns().equals(columns);
			if (sameColumns && index.unique() == unique) {
				each.remove();
				return true;
			}
		}
		return false;
	}

	private static boolean removeUnique(List<UniqueConstraintSnapshot> uniques, List<String> columns) {
		for (Iterator<UniqueConstraintSnapshot> each = uniques.iterator(); each.hasNext();) {
			if (new TreeSet<>(each.next().columns()).equals(new TreeSet<>(columns))) {
				each.remove();
				return true;
			}
		}
		return false;
	}

	/** Whether an index begins with the columns of one of the table's foreign keys, which it then serves. */
	private static boolean servesForeignKey(IndexSnapshot index, TableSnapshot table) {
		for (ForeignKeySnapshot key : table.foreignKeys()) {
			if (index.columns().size() >= key.columns().size()
					&& index.columns().subList(0, key.columns().size()).equals(key.columns())) {
				return true;
			}
		}
		return false;
	}

	/** The sequences of a snapshot; of a database's, those no column owns (serial and identity sequences). */
	private static Map<String, ModelSequence> sequences(SchemaSnapshot snapshot, boolean skipOwned) {
		Map<String, ModelSequence> sequences = new TreeMap<>();
		for (SchemaObjectSnapshot object : snapshot.objects()) {
			if (!object.kind().equals("sequence")) {
				continue;
			}
			String owner = object.properties().get("owned by");
			if (skipOwned && owner != null && !owner.equals(SchemaObjectSnapshot.NONE)) {
				continue;
			}
			sequences.put(object.name(), new ModelSequence(object.name(), number(object, "start"),
					number(object, "increment")));
		}
		return sequences;
	}

	private static long number(SchemaObjectSnapshot object, String property) {
		String value = object.properties().get(property);
		try {
			return (value != null) ? Long.parseLong(value.trim()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private void compareSequences(Map<String, ModelSequence> model, Map<String, ModelSequence> database) {
		Set<String> names = new TreeSet<>(model.keySet());
		names.addAll(database.keySet());
		for (String name : names) {
			if (!database.containsKey(name)) {
				this.differences.add(new SequenceMissing(model.get(name)));
			}
			else if (!model.containsKey(name)) {
				this.differences.add(new SequenceExtra(database.get(name)));
			}
			else if (model.get(name).increment() != database.get(name).increment()) {
				// no kind of difference says it yet; Hibernate's pooled optimizer hands out wrong ids so
				logger.warn("Sequence \"{}\" increments by {} in the database, by {} in the model (its allocationSize): "
						+ "Hibernate hands out identifiers on the model's increment, so make them equal with ALTER "
						+ "SEQUENCE in a changeset or change allocationSize", name, database.get(name).increment(),
						model.get(name).increment());
			}
		}
	}

}

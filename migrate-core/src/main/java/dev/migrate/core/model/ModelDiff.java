package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.model.ModelDifference.ColumnMissing;
import dev.migrate.core.schema.SchemaSnapshot;

/**
 * The differences between the JPA model and a database, tables by name and in each table columns, keys,
 * constraints and indexes; sequences last. Empty when the database is what the model maps.
 */
public record ModelDiff(List<ModelDifference> differences) {

	/** Copies the differences. */
	public ModelDiff {
		differences = List.copyOf(differences);
	}

	/**
	 * The differences between the model's snapshot ({@link JpaModel#snapshot}) and a database's, both
	 * spelt as the dialect's {@link Dialect#synonyms()} make one, in the order this type lists them.
	 */
	public static ModelDiff between(SchemaSnapshot model, SchemaSnapshot database, Dialect dialect) {
		return new ModelComparison(dialect.synonyms(), dialect.catalog().foreignKeysHaveIndexes()).compare(model,
				database);
	}

	/** Whether the database is what the model maps. */
	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	/**
	 * The columns of one table that the database has and the model lacks, each paired with one that the
	 * model has and the database lacks (of the same type where there is one, else the first in the order
	 * they come): perhaps a field renamed, perhaps not. No
	 * tool can tell a rename from a drop and an add by the schema alone; a person must.
	 */
	public List<PossibleRename> possibleRenames() {
		List<PossibleRename> renames = new ArrayList<>();
		List<ColumnMissing> missing = new ArrayList<>();
		for (ModelDifference difference : this.differences) {
			if (difference instanceof ColumnMissing column) {
				missing.add(column);
			}
		}
		for (ModelDifference difference : this.differences) {
			if (difference instanceof ColumnExtra extra) {
				ColumnMissing pair = null;
				for (ColumnMissing candidate : missing) {
					if (candidate.table().equals(extra.table())
							&& (pair == null || (sameType(candidate, extra) && !sameType(pair, extra)))) {
						pair = candidate;
					}
				}
				if (pair != null) {
					renames.add(new PossibleRename(extra.table(), extra.database().name(), pair.model().name()));
					missing.remove(pair);
				}
			}
		}
		return renames;
	}

	private static boolean sameType(ColumnMissing missing, ColumnExtra extra) {
		return missing.model().typeDeclaration().equals(extra.database().typeDeclaration());
	}

	/** One line per difference, then one per possible rename. */
	@Override
	public String toString() {
		List<String> lines = new ArrayList<>();
		for (ModelDifference difference : this.differences) {
			lines.add(difference.describe());
		}
		for (PossibleRename rename : possibleRenames()) {
			lines.add(rename.describe());
		}
		return String.join("\n", lines);
	}

	/** A column the database has and the model lacks, beside one the model has and the database lacks. */
	public record PossibleRename(String table, String databaseColumn, String modelColumn) {

		/** One line, for a person to decide. */
		public String describe() {
			return "table \"" + this.table + "\": column \"" + this.databaseColumn + "\" may have been renamed to \""
					+ this.modelColumn + "\" (renameColumn keeps its values; a drop and an add lose them)";
		}

	}

}

package dev.migrate.core.model;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;

import org.jspecify.annotations.Nullable;

/**
 * One way in which the database differs from the JPA model: something the model has and the database
 * lacks ({@code ...Missing}), something the database has and the model does not map ({@code ...Extra}),
 * or one thing that both have and that differs. Each says, in {@link #describe()}, what the model has and
 * what the database has, in the vocabulary of the changeset API; a {@link Visitor} handles every kind, so
 * that a new kind fails to compile where it is not handled.
 */
public sealed interface ModelDifference {

	/** The table the difference is in, as the model names it; for a sequence, the empty string. */
	String table();

	/** One line: what differs, what the model has, what the database has. */
	String describe();

	/** Calls the visitor's method for this kind of difference. */
	<R> R accept(Visitor<R> visitor);

	/** One method per kind of difference. */
	interface Visitor<R> {

		R tableMissing(TableMissing difference);

		R tableExtra(TableExtra difference);

		R columnMissing(ColumnMissing difference);

		R columnExtra(ColumnExtra difference);

		R columnDiffers(ColumnDiffers difference);

		R primaryKeyDiffers(PrimaryKeyDiffers difference);

		R foreignKeyMissing(ForeignKeyMissing difference);

		R foreignKeyExtra(ForeignKeyExtra difference);

		R uniqueMissing(UniqueMissing difference);

		R uniqueExtra(UniqueExtra difference);

		R indexMissing(IndexMissing difference);

		R indexExtra(IndexExtra difference);

		R sequenceMissing(SequenceMissing difference);

		R sequenceExtra(SequenceExtra difference);

	}

	/** A table the model maps and the database does not have: {@code createTable}. */
	record TableMissing(TableSnapshot model) implements ModelDifference {

		@Override
		public String table() {
			return this.model.name();
		}

		@Override
		public String describe() {
			return "table \"" + table() + "\" is in the model, not in the database (createTable)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.tableMissing(this);
		}

	}

	/** A table of the database that no entity maps: {@code dropTable}, for a person to confirm. */
	record TableExtra(TableSnapshot database) implements ModelDifference {

		@Override
		public String table() {
			return this.database.name();
		}

		@Override
		public String describe() {
			return "table \"" + table() + "\" is in the database, not in the model (dropTable)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.tableExtra(this);
		}

	}

	/** A column the model maps and the table lacks: {@code addColumn}. */
	record ColumnMissing(String table, ColumnSnapshot model) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": column \"" + this.model.name() + "\" " + Describe.column(this.model)
					+ " is in the model, not in the database (addColumn)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.columnMissing(this);
		}

	}

	/** A column of the table that the model does not map: {@code dropColumn}, for a person to confirm. */
	record ColumnExtra(String table, ColumnSnapshot database) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": column \"" + this.database.name() + "\" "
					+ Describe.column(this.database) + " is in the database, not in the model (dropColumn)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.columnExtra(this);
		}

	}

	/**
	 * A column both have, whose type (with length, precision and scale), nullability or mapped default
	 * differ: {@code alterColumn}. Types are compared as the database spells them, after each dialect's
	 * synonyms ({@code int4} and {@code integer}) are made one.
	 */
	record ColumnDiffers(String table, ColumnSnapshot model, ColumnSnapshot database, boolean typeDiffers,
			boolean nullabilityDiffers, boolean defaultDiffers) implements ModelDifference {

		@Override
		public String describe() {
			StringBuilder line = new StringBuilder("table \"" + this.table + "\": column \"" + this.model.name() + "\"");
			String separator = " ";
			if (this.typeDiffers) {
				line.append(separator)
					.append("type: model ")
					.append(this.model.typeDeclaration())
					.append(", database ")
					.append(this.database.typeDeclaration());
				separator = "; ";
			}
			if (this.nullabilityDiffers) {
				line.append(separator)
					.append("nullable: model ")
					.append(Describe.nullability(this.model))
					.append(", database ")
					.append(Describe.nullability(this.database));
				separator = "; ";
			}
			if (this.defaultDiffers) {
				line.append(separator)
					.append("default: model ")
					.append(Describe.defaultValue(this.model))
					.append(", database ")
					.append(Describe.defaultValue(this.database));
			}
			return line.append(" (alterColumn)").toString();
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.columnDiffers(this);
		}

	}

	/** The primary key's columns differ, or one side has none: {@code dropPrimaryKey}, {@code addConstraint}. */
	record PrimaryKeyDiffers(String table, @Nullable PrimaryKeySnapshot model, @Nullable PrimaryKeySnapshot database)
			implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": primary key: model " + Describe.primaryKey(this.model)
					+ ", database " + Describe.primaryKey(this.database) + " (dropPrimaryKey, addConstraint)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.primaryKeyDiffers(this);
		}

	}

	/** A foreign key the model maps (its columns, target and on delete) and the table lacks: {@code addConstraint}. */
	record ForeignKeyMissing(String table, ForeignKeySnapshot model) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": foreign key " + Describe.foreignKey(this.model)
					+ " is in the model, not in the database (addConstraint)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.foreignKeyMissing(this);
		}

	}

	/** A foreign key of the table that the model does not map: {@code dropForeignKey}. */
	record ForeignKeyExtra(String table, ForeignKeySnapshot database) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": foreign key " + Describe.foreignKey(this.database)
					+ " is in the database, not in the model (dropForeignKey)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.foreignKeyExtra(this);
		}

	}

	/** A unique constraint the model maps ({@code unique = true}, {@code @Table(uniqueConstraints)}): {@code addConstraint}. */
	record UniqueMissing(String table, UniqueConstraintSnapshot model) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": unique constraint " + Describe.unique(this.model)
					+ " is in the model, not in the database (addConstraint)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.uniqueMissing(this);
		}

	}

	/** A unique constraint of the table that the model does not map: {@code dropUnique}. */
	record UniqueExtra(String table, UniqueConstraintSnapshot database) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": unique constraint " + Describe.unique(this.database)
					+ " is in the database, not in the model (dropUnique)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.uniqueExtra(this);
		}

	}

	/** An index the model maps ({@code @Table(indexes = @Index(...))}) and the table lacks: {@code createIndex}. */
	record IndexMissing(String table, IndexSnapshot model) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": index " + Describe.index(this.model)
					+ " is in the model, not in the database (createIndex)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.indexMissing(this);
		}

	}

	/** An index of the table that the model does not map (nor a key behind it): {@code dropIndex}. */
	record IndexExtra(String table, IndexSnapshot database) implements ModelDifference {

		@Override
		public String describe() {
			return "table \"" + this.table + "\": index " + Describe.index(this.database)
					+ " is in the database, not in the model (dropIndex)";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.indexExtra(this);
		}

	}

	/** A sequence the model's generators use and the database lacks. */
	record SequenceMissing(ModelSequence model) implements ModelDifference {

		@Override
		public String table() {
			return "";
		}

		@Override
		public String describe() {
			return "sequence \"" + this.model.name() + "\" (start " + this.model.start() + ", increment "
					+ this.model.increment() + ") is in the model, not in the database";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.sequenceMissing(this);
		}

	}

	/** A sequence of the database that no generator of the model uses. */
	record SequenceExtra(ModelSequence database) implements ModelDifference {

		@Override
		public String table() {
			return "";
		}

		@Override
		public String describe() {
			return "sequence \"" + this.database.name() + "\" is in the database, not in the model";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.sequenceExtra(this);
		}

	}

}

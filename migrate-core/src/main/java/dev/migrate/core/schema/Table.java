package dev.migrate.core.schema;

import java.util.function.Consumer;

/**
 * A table, to change or to read. Each method makes its change at once (or, for a dry run, writes it
 * down) and returns the table for the next one. Drops by name cannot be undone by a derived downgrade;
 * drops that say what they drop ({@link #dropIndex(Index)}, {@link #dropConstraint(Constraint)}) can.
 */
public interface Table {

	/** The name, as the database stores it. */
	String name();

	/**
	 * Adds a column, with the constraints and index it declares. Existing rows get its default.
	 */
	Table addColumn(Column column);

	/**
	 * Drops a column, with the indexes and constraints it is part of (all of them, on every database:
	 * a foreign key first on MySQL); the other indexes and foreign keys stay.
	 */
	Table dropColumn(String column);

	/** Renames a column; its values stay. */
	Table renameColumn(String column, String newName);

	/** Changes any of a column's name, type, nullability and default in one call. */
	Table alterColumn(String column, Consumer<ColumnChange> change);

	/** Creates an index. */
	Table createIndex(Index index);

	/** Drops an index by name. */
	Table dropIndex(String name);

	/** Drops an index that it describes (by its name, or its automatic name); a derived downgrade creates it again. */
	Table dropIndex(Index index);

	/** Renames an index. */
	Table renameIndex(String name, String newName);

	/** Adds a primary key, foreign key, unique or check constraint. */
	Table addConstraint(Constraint constraint);

	/** Drops a constraint that it describes (by its name, or its automatic name); a derived downgrade adds it again. */
	Table dropConstraint(Constraint constraint);

	/** Drops the primary key, whatever its name. */
	Table dropPrimaryKey();

	/** Drops a foreign key by name (on MySQL, with the index MySQL made for it). */
	Table dropForeignKey(String name);

	/** Drops a unique constraint by name. */
	Table dropUnique(String name);

	/** Drops a check constraint by name. */
	Table dropCheck(String name);

	/**
	 * Renames the table.
	 * @return the table under its new name
	 */
	Table rename(String newName);

	/** Drops the table. */
	void drop();

	/**
	 * Reads the table's definition from the database (SQLAlchemy's autoload), to base a change on it.
	 * @throws NotRenderableException when there is no database to read (a dry run)
	 */
	TableSnapshot definition();

}

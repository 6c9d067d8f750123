package dev.migrate.core.schema;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The changeset API: schema changes said once, written as each database's SQL. A Java changeset gets it
 * from {@code ChangesetContext.schema()}; a {@code ReversibleChangeset} gets it in {@code change(Schema)}
 * and has its downgrade derived.
 *
 * <pre>{@code
 * schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow());
 * schema.createTable("foo", Column.of("id", Type.INTEGER).primaryKey(), Column.of("name", Type.varchar(20)).notNull());
 * }</pre>
 *
 * <p>A name means what it means unquoted in SQL, and must be letters, digits and underscores; it is
 * quoted as the database stores it, so that reserved words ({@code user}) work.
 */
public interface Schema {

	/** The name of the dialect the changes are written for, e.g. {@code postgresql}. */
	String dialect();

	/** A table of the schema, to change or to read. */
	Table table(String name);

	/**
	 * Creates a table from its columns (with what they declare) and table constraints.
	 * @return the new table
	 */
	Table createTable(String name, TableElement... elements);

	/** Drops a table (with its data). A derived downgrade cannot undo it. */
	void dropTable(String name);

	/** Renames a table. */
	Table renameTable(String name, String newName);

	/** Runs SQL as it is. A derived downgrade cannot undo it. */
	void execute(String sql);

	/**
	 * Runs a parameterised data change: {@code update("UPDATE page SET ctime = ? WHERE ctime IS NULL", now)}.
	 * A derived downgrade cannot undo it.
	 * @return the rows changed; 0 when the change is only written down, not run
	 */
	int update(String sql, @Nullable Object... parameters);

	/**
	 * Undoes what {@code change} does, in reverse order: what a derived downgrade does. Fails before
	 * changing anything when a change of {@code change} cannot be undone from what it says.
	 */
	void reverse(Consumer<Schema> change);

}

package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns {@link SchemaChange}s into one database's SQL. One implementation per database, next to its
 * {@code Dialect}; the changeset API does the rest (names, automatic names, reading the schema, undoing).
 *
 * <h2>One change, several statements, from the table as it is</h2>
 *
 * A change may take several statements, in the order returned: they run one after the other inside the
 * changeset's transaction, and a derived downgrade or a dry run writes them all down. A renderer that
 * needs the table as it is before the change asks {@code definitions}, which reads it from the database's
 * catalog: {@link TableDefinitions#table(String)} for the whole table (columns, keys, unique and check
 * constraints, indexes), {@link TableDefinitions#column(String, String)} for one column. A database
 * without most forms of {@code ALTER TABLE} renders, say, an altered column as: create the new table
 * under a temporary name from the definition read and the change, copy the rows, drop the old table,
 * rename the new one, and create its indexes again:
 *
 * <pre>{@code
 * public List<String> alterColumn(AlterColumn change, TableDefinitions definitions) {
 *     TableSnapshot table = definitions.table(change.table());
 *     return rebuild(table, changedDefinition(table, change));  // CREATE, INSERT ... SELECT, DROP, RENAME, indexes
 * }
 * }</pre>
 *
 * Where there is no database to read (a dry run), or a recording has already changed that table, the
 * read throws {@link NotRenderableException}, which says so; the renderer lets it through.
 */
public interface DdlRenderer {

	/** The dialect's name, for messages, e.g. {@code postgresql}. */
	String dialect();

	/** How the database stores names written without quotes, unless its connection says otherwise. */
	NameCase nameCase();

	/**
	 * The statements of one change, in order.
	 * @param definitions the tables as they are before the change, for a change that is rendered from them
	 * @throws UnsupportedChangeException when the database cannot make the change
	 * @throws NotRenderableException when the change lacks something only the database can tell
	 */
	List<String> render(SchemaChange change, TableDefinitions definitions);

	/**
	 * The statements of one change, without a database to read.
	 * @throws UnsupportedChangeException when the database cannot make the change
	 * @throws NotRenderableException when the change lacks something only the database can tell
	 */
	default List<String> render(SchemaChange change) {
		return render(change, TableDefinitions.none(this));
	}

	/**
	 * Whether changes that would follow those run (a derived downgrade) are written down by rehearsing them:
	 * each rendered from the tables as the ones before it leave them, and run, in a savepoint that is rolled
	 * back afterwards. For a renderer that reads the tables it changes (one that rebuilds them) on a database
	 * whose DDL is transactional; without it, a change on a table that a change before it has changed cannot
	 * be written down. Not by default.
	 */
	default boolean rehearsesFollowingChanges() {
		return false;
	}

	/** Whether the database keeps the index it made for a foreign key when the key is dropped (MySQL). */
	default boolean keepsForeignKeyIndexes() {
		return false;
	}

	/**
	 * A query for a column's type exactly as declared, with the table and the column as parameters, where
	 * the snapshot's spelling loses something the database needs to restate the column; null when not needed.
	 */
	default @Nullable String columnTypeQuery() {
		return null;
	}

}

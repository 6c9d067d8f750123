package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns {@link SchemaChange}s into one database's SQL. One implementation per database, next to its
 * {@code Dialect}; the changeset API does the rest (names, automatic names, reading the schema).
 */
public interface DdlRenderer {

	/** The dialect's name, for messages, e.g. {@code postgresql}. */
	String dialect();

	/** How the database stores names written without quotes, unless its connection says otherwise. */
	NameCase nameCase();

	/**
	 * The statements of one change, in order.
	 * @throws UnsupportedChangeException when the database cannot make the change
	 * @throws NotRenderableException when the change lacks something only the database can tell
	 */
	List<String> render(SchemaChange change);

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

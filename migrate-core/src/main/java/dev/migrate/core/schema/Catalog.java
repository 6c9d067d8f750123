package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What one database's catalog says about a schema's objects besides its tables: one query per kind of
 * object, each for the whole schema. A subclass per database holds its queries (a later step moves them
 * into the dialects); objects of the excluded tables (their triggers, sequences, comments) are left out.
 */
abstract class Catalog {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** What to do with every row of a catalog query. */
	interface RowReader {

		void read(ResultSet rows) throws SQLException;

	}

	private final Connection connection;

	/** The schema (on MySQL the database), as the catalog spells it. */
	private final String schema;

	private final Set<String> excludedTables;

	/** Matches the schema's qualifier before a name, quoted or not: {@code "app".}, {@code `app`.}, {@code app.}. */
	private final Pattern qualifier;

	final List<SchemaObjectSnapshot> objects = new ArrayList<>();

	Catalog(Connection connection, String schema, Set<String> excludedTables) {
		this.connection = connection;
		this.schema = schema;
		this.excludedTables = new HashSet<>();
		for (String table : excludedTables) {
			this.excludedTables.add(table.toLowerCase(Locale.ROOT));
		}
		String name = Pattern.quote(schema);
		this.qualifier = Pattern.compile("(?i)(?<![\\w$\"`])(\"" + name + "\"|`" + name + "`|" + name + ")\\.(?=[\\w\"`])");
	}

	/** The objects of the schema, in no order. */
	abstract List<SchemaObjectSnapshot> read() throws SQLException;

	/** The schema (on MySQL: the database) read. */
	final String schema() {
		return this.schema;
	}

	/** Runs a catalog query whose parameters are all the schema's name. */
	final void query(String sql, RowReader reader) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			int parameters = (int) sql.chars().filter((c) -> c == '?').count();
			for (int i = 1; i <= parameters; i++) {
				statement.setString(i, this.schema);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					reader.read(rows);
				}
			}
		}
	}

	/** Whether a table is excluded, whatever the case of its name. */
	final boolean excluded(@Nullable String table) {
		return table != null && this.excludedTables.contains(table.toLowerCase(Locale.ROOT));
	}

	/** The text without the schema's qualifier the catalog adds before names, string literals left as written. */
	final String unqualified(String text) {
		return outsideLiterals(text, (part) -> this.qualifier.matcher(part).replaceAll(""));
	}

	/**
	 * The text unqualified, trimmed, and outside string literals its runs of whitespace made one space:
	 * for text the database printed.
	 */
	final String normalised(@Nullable String text) {
		if (text == null) {
			return SchemaObjectSnapshot.NONE;
		}
		return outsideLiterals(text.trim(),
				(part) -> WHITESPACE.matcher(this.qualifier.matcher(part).replaceAll("")).replaceAll(" "));
	}

	/** The text unqualified and with its trailing whitespace removed: for source kept as written. */
	final String source(@Nullable String text) {
		if (text == null) {
			return SchemaObjectSnapshot.NONE;
		}
		return unqualified(text).stripTrailing();
	}

	/** Edits the parts of the text outside {@code '...'} literals (a doubled quote ends one and starts another). */
	private static String outsideLiterals(String text, UnaryOperator<String> edit) {
		StringBuilder result = new StringBuilder(text.length());
		int start = 0;
		boolean literal = false;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\'') {
				String part = text.substring(start, i);
				result.append(literal ? part : edit.apply(part));
				if (i < text.length()) {
					result.append('\'');
				}
				literal = !literal;
				start = i + 1;
			}
		}
		return result.toString();
	}

	/** A row of table, grantee and privileges: a grant, unless on an excluded table. */
	final void grant(ResultSet rows) throws SQLException {
		String table = rows.getString(1);
		if (!excluded(table)) {
			this.objects.add(new SchemaObjectSnapshot("grant", "on \"" + table + "\" to " + rows.getString(2),
					Map.of("privileges", "[" + rows.getString(3) + "]")));
		}
	}

	/** A value, or {@link SchemaObjectSnapshot#NONE}. */
	static String orNone(@Nullable String value) {
		return (value != null) ? value : SchemaObjectSnapshot.NONE;
	}

}

package dev.migrate.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What only the {@code CREATE TABLE} statement SQLite keeps says about a table: the names of its primary key,
 * unique constraints and foreign keys, and its check constraints. Read from the statement's top-level
 * elements, each a column (with its inline constraints) or a table constraint.
 */
final class SqliteTableSql {

	/** A check constraint, named or not. */
	record Check(@Nullable String name, String expression) {

	}

	/** A named or unnamed constraint on columns. */
	private record Named(@Nullable String name, List<String> columns) {

	}

	private @Nullable String primaryKeyName;

	private final List<Named> uniques = new ArrayList<>();

	private final List<Named> foreignKeys = new ArrayList<>();

	private final List<Check> checks = new ArrayList<>();

	private SqliteTableSql() {
	}

	/** Reads a {@code CREATE TABLE} statement; null or anything else reads as a table without constraints. */
	static SqliteTableSql parse(@Nullable String sql) {
		SqliteTableSql table = new SqliteTableSql();
		if (sql == null) {
			return table;
		}
		for (Token group : tokens(sql)) {
			if (group.text().startsWith("(")) {
				for (List<Token> element : elements(group.text().substring(1, group.text().length() - 1))) {
					table.element(element);
				}
				break;
			}
		}
		return table;
	}

	@Nullable String primaryKeyName() {
		return this.primaryKeyName;
	}

	List<Check> checks() {
		return List.copyOf(this.checks);
	}

	/** The name of the unique constraint on these columns, as written; null when it has none. */
	@Nullable String uniqueName(List<String> columns) {
		return nameOn(this.uniques, columns);
	}

	/** The name of the foreign key of these columns, as written; null when it has none. */
	@Nullable String foreignKeyName(List<String> columns) {
		return nameOn(this.foreignKeys, columns);
	}

	private static @Nullable String nameOn(List<Named> constraints, List<String> columns) {
		for (Named constraint : constraints) {
			if (constraint.columns().size() == columns.size()) {
				boolean same = true;
				for (int i = 0; i < columns.size(); i++) {
					same &= constraint.columns().get(i).equalsIgnoreCase(columns.get(i));
				}
				if (same) {
					return constraint.name();
				}
			}
		}
		return null;
	}

	private void element(List<Token> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String first = tokens.get(0).word();
		boolean tableConstraint = List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first);
		List<String> ownColumn = tableConstraint ? null : List.of(tokens.get(0).identifier());
		String name = null;
		for (int i = tableConstraint ? 0 : 1; i < tokens.size(); i++) {
			String word = tokens.get(i).word();
			if (word.equals("CONSTRAINT") && i + 1 < tokens.size()) {
				name = tokens.get(++i).identifier();
				continue;
			}
			if (word.equals("PRIMARY")) {
				this.primaryKeyName = name;
			}
			else if (word.equals("UNIQUE")) {
				this.uniques.add(new Named(name, (ownColumn != null) ? ownColumn : columnsAfter(tokens, i)));
			}
			else if (word.equals("CHECK") && i + 1 < tokens.size()) {
				String group = tokens.get(i + 1).text();
				this.checks.add(new Check(name, group.substring(1, group.length() - 1).trim().replaceAll("\\s+", " ")));
			}
			else if (word.equals("FOREIGN")) {
				this.foreignKeys.add(new Named(name, columnsAfter(tokens, i)));
			}
			else if (word.equals("REFERENCES") && ownColumn != null) {
				this.foreignKeys.add(new Named(name, ownColumn));
			}
			else {
				continue;
			}
			name = null;
		}
	}

	/** The columns of the first parenthesised list after a token. */
	private static List<String> columnsAfter(List<Token> tokens, int index) {
		for (int i = index + 1; i < tokens.size(); i++) {
			String text = tokens.get(i).text();
			if (text.startsWith("(")) {
				List<String> columns = new ArrayList<>();
				for (List<Token> column : elements(text.substring(1, text.length() - 1))) {
					if (!column.isEmpty()) {
						columns.add(column.get(0).identifier());
					}
				}
				return columns;
			}
		}
		return List.of();
	}

	/** The elements of a list, split at its top-level commas. */
	private static List<List<Token>> elements(String list) {
		List<List<Token>> elements = new ArrayList<>();
		List<Token> current = new ArrayList<>();
		for (Token token : tokens(list)) {
			if (token.text().equals(",")) {
				elements.add(current);
				current = new ArrayList<>();
			}
			else {
				current.add(token);
			}
		}
		elements.add(current);
		return elements;
	}

	/** The tokens of SQL: quoted names and strings, parenthesised groups whole, words, other characters. */
	private static List<Token> tokens(String sql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
				i = sql.indexOf('\n', i);
				i = (i < 0) ? sql.length() : i;
				continue;
			}
			if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
				i = sql.indexOf("*/", i + 2);
				i = (i < 0) ? sql.length() : i + 2;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`' || c == '[') {
				i = quotedEnd(sql, i);
			}
			else if (c == '(') {
				int depth = 0;
				while (i < sql.length()) {
					char each = sql.charAt(i);
					if (each == '\'' || each == '"' || each == '`' || each == '[') {
						i = quotedEnd(sql, i);
						continue;
					}
					i++;
					if (each == '(') {
						depth++;
					}
					else if (each == ')' && --depth == 0) {
						break;
					}
				}
			}
			else if (Character.isLetterOrDigit(c) || c == '_') {
				while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
						|| sql.charAt(i) == '$')) {
					i++;
				}
			}
			else {
				i++;
			}
			tokens.add(new Token(sql.substring(start, i)));
		}
		return tokens;
	}

	/** The index after a quoted text that starts at {@code start}; a doubled quote stands for itself. */
	private static int quotedEnd(String sql, int start) {
		char close = (sql.charAt(start) == '[') ? ']' : sql.charAt(start);
		int i = start + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == close) {
				if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

	/** One token, as written. */
	private record Token(String text) {

		/** The token as a keyword: upper case. */
		String word() {
			return this.text.toUpperCase(Locale.ROOT);
		}

		/** The token as a name, without its quotes. */
		String identifier() {
			char first = this.text.charAt(0);
			if ((first == '"' || first == '`' || first == '[') && this.text.length() >= 2) {
				String inner = this.text.substring(1, this.text.length() - 1);
				return (first == '[') ? inner : inner.replace(String.valueOf(first) + first, String.valueOf(first));
			}
			return this.text;
		}

	}

}

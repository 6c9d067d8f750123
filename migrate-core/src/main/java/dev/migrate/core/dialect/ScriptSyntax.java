package dev.migrate.core.dialect;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lexical features of a database's SQL scripts, as far as splitting them into statements needs:
 * how strings, identifiers and comments are quoted, and which statements hold semicolons of their own.
 * A dialect picks its features; the splitter asks them, never the dialect's name. Standard SQL (single
 * quoted strings with doubled quotes, double-quoted identifiers, {@code --} and {@code /* *}{@code /}
 * comments) is always understood.
 * @param features the features beyond standard SQL
 */
public record ScriptSyntax(Set<Feature> features) {

	/** Standard SQL alone. */
	public static final ScriptSyntax STANDARD = new ScriptSyntax(Set.of());

	/** A lexical feature beyond standard SQL. */
	public enum Feature {

		/** A backslash escapes the next character in strings and double-quoted names (MySQL). */
		BACKSLASH_ESCAPES,

		/** {@code `name`} quotes an identifier (MySQL, SQLite). */
		BACKTICK_IDENTIFIERS,

		/** {@code [name]} quotes an identifier (SQLite, SQL Server). */
		BRACKET_IDENTIFIERS,

		/** {@code #} starts a comment to the end of the line (MySQL). */
		HASH_COMMENTS,

		/** {@code --} starts a comment only when a space or a control character follows it (MySQL). */
		DASH_COMMENTS_NEED_SPACE,

		/** {@code $$ ... $$} quotes a string (PostgreSQL, H2). */
		DOLLAR_QUOTES,

		/** {@code $tag$ ... $tag$} quotes a string too (PostgreSQL); needs {@link #DOLLAR_QUOTES}. */
		TAGGED_DOLLAR_QUOTES,

		/** {@code $} may stand in a word after its first character (PostgreSQL: {@code a$b}). */
		DOLLAR_IN_WORDS,

		/** {@code E'...'} is a string with backslash escapes (PostgreSQL). */
		ESCAPE_STRINGS,

		/** Block comments nest (PostgreSQL). */
		NESTED_BLOCK_COMMENTS,

		/** A {@code DELIMITER} line sets the statement delimiter (MySQL's client). */
		DELIMITER_COMMAND,

		/** {@code /*! ... *}{@code /} is run, not a comment (MySQL). */
		EXECUTABLE_COMMENTS,

		/**
		 * The {@code BEGIN ... END} body of a {@code CREATE TRIGGER} holds statements ended by semicolons,
		 * which do not end the trigger's statement (SQLite).
		 */
		TRIGGER_BODIES,

		/** A lone {@code END} closes a block (MySQL), rather than committing (PostgreSQL, SQLite). */
		END_CLOSES_BLOCKS

	}

	public ScriptSyntax {
		features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
	}

	/** Standard SQL with these features. */
	public static ScriptSyntax of(Feature... features) {
		return new ScriptSyntax(Set.of(features));
	}

	/** Whether scripts have this feature. */
	public boolean has(Feature feature) {
		return this.features.contains(feature);
	}

}

package dev.migrate.core.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.core.dialect.ScriptSyntax;
import dev.migrate.core.dialect.ScriptSyntax.Feature;
import org.jspecify.annotations.Nullable;

/**
 * Splits a SQL script into statements in one pass over its characters, without a regular expression.
 * <p>
 * A statement ends at the delimiter ({@code ;}, or the one set by a {@code DELIMITER} line where the syntax has them)
 * outside of strings, quoted identifiers, dollar quotes, comments and trigger bodies. What the script's database
 * quotes and how is its {@link ScriptSyntax}: the splitter asks its features, never which database it is. Comments before a statement are left out of its text;
 * comments inside it are kept. Line endings are read as Python's universal newlines do ({@code \r\n} and
 * {@code \r} become {@code \n}), as SQLAlchemy-Migrate reads its scripts, and a leading byte order mark is dropped.
 * Transaction control statements are dropped with a warning, since the runner owns the transaction, and
 * {@code -- migrate:<name>} comment lines before the first statement are collected as directives.
 */
public final class SqlScriptSplitter {

	private static final String DEFAULT_DELIMITER = ";";

	private static final String DIRECTIVE_PREFIX = "migrate:";

	private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "BEGIN TRANSACTION", "BEGIN WORK",
			"START TRANSACTION", "COMMIT", "COMMIT WORK", "COMMIT TRANSACTION", "END", "END WORK", "END TRANSACTION");

	/** The longest statement worth comparing with {@link #TRANSACTION_CONTROL}, spaces included. */
	private static final int TRANSACTION_CONTROL_MAX_LENGTH = 40;

	private final String text;

	private final ScriptSyntax syntax;

	private final List<SqlStatement> statements = new ArrayList<>();

	private final Set<String> directives = new LinkedHashSet<>();

	private final TriggerBody block = new TriggerBody();

	private final List<String> warnings = new ArrayList<>();

	private String delimiter = DEFAULT_DELIMITER;

	/** The next character to read. */
	private int pos;

	/** The 1-based line of {@link #pos}. */
	private int line = 1;

	/** Where the line of {@link #pos} begins. */
	private int lineStart;

	/** Where the current statement's first token begins, or -1 between statements. */
	private int statementStart = -1;

	private int statementLine;

	/** Where the current statement's last token ends. */
	private int statementEnd;

	/** Whether any statement has begun yet, which closes the header where directives stand. */
	private boolean pastHeader;

	private SqlScriptSplitter(String text, ScriptSyntax syntax) {
		this.text = text;
		this.syntax = syntax;
	}

	/** Splits a script written in the given syntax; throws {@link SqlSyntaxException} if a quote is left open. */
	public static ParsedScript split(String script, ScriptSyntax syntax) {
		return new SqlScriptSplitter(normalize(script), syntax).run();
	}

	private static String normalize(String script) {
		String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
		if (text.indexOf('\r') >= 0) {
			text = text.replace("\r\n", "\n").replace('\r', '\n');
		}
		return text;
	}

	private ParsedScript run() {
		int length = this.text.length();
		while (this.pos < length) {
			char c = this.text.charAt(this.pos);
			if (c == '\n') {
				this.pos++;
				newLine(this.pos);
			}
			else if (Character.isWhitespace(c)) {
				this.pos++;
			}
			else if (isLineCommentStart(c)) {
				skipLineComment();
			}
			else if (c == '/' && charAt(this.pos + 1) == '*' && !isExecutableComment()) {
				skipBlockComment();
			}
			else if (isDelimiterStart(c) && !this.block.open()) {
				endStatement();
				this.pos += this.delimiter.length();
			}
			else if (this.statementStart < 0 && isDelimiterCommand(c)) {
				readDelimiterCommand();
			}
			else {
				if (this.statementStart < 0) {
					this.statementStart = this.pos;
					this.statementLine = this.line;
					this.pastHeader = true;
				}
				scanToken(c);
				this.statementEnd = this.pos;
			}
		}
		endStatement();
		return new ParsedScript(this.statements, this.directives, this.warnings);
	}

	/** Reads one token of a statement: a quoted text, a word or a single character. */
	private void scanToken(char c) {
		if (c == '\'') {
			skipQuoted('\'', has(Feature.BACKSLASH_ESCAPES), "string");
		}
		else if (c == '"') {
			skipQuoted('"', has(Feature.BACKSLASH_ESCAPES), "quoted identifier");
		}
		else if (c == '`' && has(Feature.BACKTICK_IDENTIFIERS)) {
			skipQuoted('`', false, "backtick-quoted identifier");
		}
		else if (c == '[' && has(Feature.BRACKET_IDENTIFIERS)) {
			skipBracketed();
		}
		else if (c == '/' && charAt(this.pos + 1) == '*') {
			skipBlockComment();
		}
		else if (c == '$' && has(Feature.DOLLAR_QUOTES)) {
			String tag = dollarTagAt(this.pos);
			if (tag == null) {
				this.pos++;
			}
			else {
				skipDollarQuoted(tag);
			}
		}
		else if (isWordChar(c)) {
			skipWord();
		}
		else {
			this.pos++;
		}
	}

	/** Reads a word, and the string after it if the word is PostgreSQL's {@code E} escape-string prefix. */
	private void skipWord() {
		int start = this.pos;
		do {
			this.pos++;
		}
		while (this.pos < this.text.length() && (isWordChar(this.text.charAt(this.pos))
				|| (this.text.charAt(this.pos) == '$' && has(Feature.DOLLAR_IN_WORDS))));
		if (has(Feature.TRIGGER_BODIES)) {
			this.block.word(this.text, start, this.pos);
		}
		if (has(Feature.ESCAPE_STRINGS) && this.pos - start == 1 && charAt(this.pos) == '\''
				&& (this.text.charAt(start) == 'E' || this.text.charAt(start) == 'e')) {
			skipQuoted('\'', true, "string");
		}
	}

	/** Reads from the opening quote at {@link #pos} past the closing one; a doubled quote stands for itself. */
	private void skipQuoted(char quote, boolean backslashEscapes, String what) {
		int startLine = this.line;
		int length = this.text.length();
		int i = this.pos + 1;
		while (i < length) {
			char c = this.text.charAt(i);
			if (c == quote) {
				if (i + 1 < length && this.text.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				this.pos = i + 1;
				return;
			}
			if (c == '\\' && backslashEscapes && i + 1 < length) {
				i++;
				c = this.text.charAt(i);
			}
			i++;
			if (c == '\n') {
				newLine(i);
			}
		}
		throw new SqlSyntaxException("unterminated " + what + " starting at line " + startLine, startLine);
	}

	/** Reads from the {@code [} at {@link #pos} past the {@code ]} that closes the identifier. */
	private void skipBracketed() {
		int startLine = this.line;
		int end = this.text.indexOf(']', this.pos + 1);
		if (end < 0) {
			throw new SqlSyntaxException("unterminated bracket-quoted identifier starting at line " + startLine, startLine);
		}
		for (int i = this.pos + 1; i < end; i++) {
			if (this.text.charAt(i) == '\n') {
				newLine(i + 1);
			}
		}
		this.pos = end + 1;
	}

	/** The dollar quote tag ({@code $$} or {@code $name$}) opening at the index, or null for a plain dollar. */
	private @Nullable String dollarTagAt(int index) {
		int end = index + 1;
		if (has(Feature.TAGGED_DOLLAR_QUOTES)) {
			while (end < this.text.length() && isTagChar(this.text.charAt(end), end == index + 1)) {
				end++;
			}
		}
		return (charAt(end) == '$') ? this.text.substring(index, end + 1) : null;
	}

	private void skipDollarQuoted(String tag) {
		int startLine = this.line;
		int length = this.text.length();
		int i = this.pos + tag.length();
		while (i < length) {
			char c = this.text.charAt(i);
			if (c == '$' && this.text.startsWith(tag, i)) {
				this.pos = i + tag.length();
				return;
			}
			i++;
			if (c == '\n') {
				newLine(i);
			}
		}
		throw new SqlSyntaxException(
				"unterminated dollar-quoted string " + tag + " starting at line " + startLine, startLine);
	}

	/** Reads a block comment; where the syntax says so, comments nest. */
	private void skipBlockComment() {
		int startLine = this.line;
		boolean nested = has(Feature.NESTED_BLOCK_COMMENTS);
		int length = this.text.length();
		int depth = 1;
		int i = this.pos + 2;
		while (i < length) {
			char c = this.text.charAt(i);
			if (c == '*' && charAt(i + 1) == '/') {
				i += 2;
				depth--;
				if (depth == 0) {
					this.pos = i;
					return;
				}
			}
			else if (c == '/' && nested && charAt(i + 1) == '*') {
				i += 2;
				depth++;
			}
			else {
				i++;
				if (c == '\n') {
					newLine(i);
				}
			}
		}
		throw new SqlSyntaxException("unterminated block comment starting at line " + startLine, startLine);
	}

	/** Whether a line comment starts here: {@code --} (where the syntax says so, followed by a space), or {@code #}. */
	private boolean isLineCommentStart(char c) {
		if (c == '#') {
			return has(Feature.HASH_COMMENTS);
		}
		return c == '-' && charAt(this.pos + 1) == '-'
				&& (!has(Feature.DASH_COMMENTS_NEED_SPACE) || charAt(this.pos + 2) <= ' ');
	}

	/** The text of {@code /*! ... *}{@code /} comments is run where the syntax says so: they are part of a statement. */
	private boolean isExecutableComment() {
		return has(Feature.EXECUTABLE_COMMENTS) && charAt(this.pos + 2) == '!';
	}

	private void skipLineComment() {
		int end = this.text.indexOf('\n', this.pos);
		if (end < 0) {
			end = this.text.length();
		}
		if (this.text.charAt(this.pos) == '-' && isFirstOnLine(this.pos)) {
			readDirective(this.pos + 2, end);
		}
		this.pos = end;
	}

	/** Collects {@code -- migrate:<name>} from a comment line, or warns if it stands after the first statement. */
	private void readDirective(int from, int end) {
		int i = skipBlanks(from, end);
		if (!this.text.regionMatches(true, i, DIRECTIVE_PREFIX, 0, DIRECTIVE_PREFIX.length())) {
			return;
		}
		int nameStart = i + DIRECTIVE_PREFIX.length();
		int nameEnd = nameStart;
		while (nameEnd < end && !Character.isWhitespace(this.text.charAt(nameEnd))) {
			nameEnd++;
		}
		String name = this.text.substring(nameStart, nameEnd);
		if (name.isEmpty()) {
			this.warnings.add("line " + this.line + ": directive 'migrate:' ignored: it has no name");
		}
		else if (this.pastHeader) {
			this.warnings.add("line " + this.line + ": directive '" + DIRECTIVE_PREFIX + name
					+ "' ignored: directives must stand before the first statement");
		}
		else {
			this.directives.add(name.toLowerCase(Locale.ROOT));
		}
	}

	/** Whether a {@code DELIMITER} line starts here, first on its line. */
	private boolean isDelimiterCommand(char c) {
		return has(Feature.DELIMITER_COMMAND) && (c == 'D' || c == 'd')
				&& this.text.regionMatches(true, this.pos, "DELIMITER", 0, 9)
				&& (charAt(this.pos + 9) == ' ' || charAt(this.pos + 9) == '\t' || charAt(this.pos + 9) == '\n'
						|| this.pos + 9 == this.text.length())
				&& isFirstOnLine(this.pos);
	}

	/** Takes the first word after {@code DELIMITER} as the new delimiter; the rest of the line is ignored. */
	private void readDelimiterCommand() {
		int end = this.text.indexOf('\n', this.pos);
		if (end < 0) {
			end = this.text.length();
		}
		int start = skipBlanks(this.pos + 9, end);
		int wordEnd = start;
		while (wordEnd < end && !Character.isWhitespace(this.text.charAt(wordEnd))) {
			wordEnd++;
		}
		if (wordEnd == start) {
			throw new SqlSyntaxException("DELIMITER without a delimiter at line " + this.line, this.line);
		}
		this.delimiter = this.text.substring(start, wordEnd);
		this.pos = end;
	}

	private boolean isDelimiterStart(char c) {
		return c == this.delimiter.charAt(0)
				&& (this.delimiter.length() == 1 || this.text.startsWith(this.delimiter, this.pos));
	}

	/** Ends the current statement, if one has begun, keeping it unless it is transaction control. */
	private void endStatement() {
		if (this.statementStart < 0) {
			return;
		}
		String sql = this.text.substring(this.statementStart, this.statementEnd);
		this.statementStart = -1;
		this.block.reset();
		if (isTransactionControl(sql)) {
			this.warnings.add("line " + this.statementLine + ": '" + collapseWhitespace(sql)
					+ "' ignored: Migrate runs each changeset in its own transaction");
		}
		else {
			this.statements.add(new SqlStatement(this.statementLine, sql));
		}
	}

	private boolean isTransactionControl(String sql) {
		if (sql.length() > TRANSACTION_CONTROL_MAX_LENGTH) {
			return false;
		}
		String words = collapseWhitespace(sql).toUpperCase(Locale.ROOT);
		if (has(Feature.END_CLOSES_BLOCKS) && words.startsWith("END")) {
			return words.equals("END TRANSACTION");
		}
		return TRANSACTION_CONTROL.contains(words);
	}

	private static String collapseWhitespace(String sql) {
		StringBuilder words = new StringBuilder(sql.length());
		boolean space = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				space = true;
			}
			else {
				if (space && words.length() > 0) {
					words.append(' ');
				}
				words.append(c);
				space = false;
			}
		}
		return words.toString();
	}

	private void newLine(int start) {
		this.line++;
		this.lineStart = start;
	}

	private boolean isFirstOnLine(int index) {
		for (int i = this.lineStart; i < index; i++) {
			if (!Character.isWhitespace(this.text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private int skipBlanks(int from, int end) {
		int i = from;
		while (i < end && (this.text.charAt(i) == ' ' || this.text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private boolean has(Feature feature) {
		return this.syntax.has(feature);
	}

	/** The character at the index, or NUL past the end. */
	private char charAt(int index) {
		return (index < this.text.length()) ? this.text.charAt(index) : '\0';
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private static boolean isTagChar(char c, boolean first) {
		return Character.isLetter(c) || c == '_' || (!first && Character.isDigit(c));
	}

	/**
	 * Follows the words of a {@code CREATE TRIGGER} statement through its {@code BEGIN ... END} body, whose
	 * semicolons end the body's statements, not the trigger's; {@code CASE ... END} inside it nests.
	 */
	private static final class TriggerBody {

		private int words;

		/** Whether the words so far are {@code CREATE}, maybe followed by {@code TEMP}: a trigger may follow. */
		private boolean create;

		private boolean trigger;

		private int depth;

		/** Reads the statement's next word, from {@code start} to {@code end} of the text. */
		void word(String text, int start, int end) {
			this.words++;
			if (this.words == 1) {
				this.create = is(text, start, end, "CREATE");
			}
			else if (this.create && !this.trigger) {
				this.trigger = is(text, start, end, "TRIGGER");
				this.create = this.words == 2 && (is(text, start, end, "TEMP") || is(text, start, end, "TEMPORARY"));
			}
			else if (this.trigger) {
				if (is(text, start, end, "BEGIN") || (this.depth > 0 && is(text, start, end, "CASE"))) {
					this.depth++;
				}
				else if (this.depth > 0 && is(text, start, end, "END")) {
					this.depth--;
				}
			}
		}

		/** Whether the body is open: a delimiter here belongs to it. */
		boolean open() {
			return this.depth > 0;
		}

		void reset() {
			this.words = 0;
			this.create = false;
			this.trigger = false;
			this.depth = 0;
		}

		private static boolean is(String text, int start, int end, String word) {
			return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
		}

	}

}

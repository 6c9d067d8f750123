package dev.migrate.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.MySqlDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.dialect.ScriptSyntax;
import dev.migrate.core.dialect.ScriptSyntax.Feature;
import dev.migrate.core.dialect.SqliteDialect;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlScriptSplitterTests {

	private static ParsedScript postgresql(String script) {
		return SqlScriptSplitter.split(script, new PostgresDialect().scriptSyntax());
	}

	private static ParsedScript mysql(String script) {
		return SqlScriptSplitter.split(script, new MySqlDialect().scriptSyntax());
	}

	private static ParsedScript h2(String script) {
		return SqlScriptSplitter.split(script, new H2Dialect().scriptSyntax());
	}

	private static ParsedScript sqlite(String script) {
		return SqlScriptSplitter.split(script, Dialects.byName("sqlite").scriptSyntax());
	}

	private static List<String> sql(ParsedScript script) {
		return script.statements().stream().map(SqlStatement::sql).toList();
	}

	private static List<Integer> lines(ParsedScript script) {
		return script.statements().stream().map(SqlStatement::line).toList();
	}

	@Nested
	class Syntax {

		@Test
		void dialectNamesMapToSyntaxesIgnoringCase() {
			assertThat(Dialects.byName("postgresql").scriptSyntax()).isEqualTo(new PostgresDialect().scriptSyntax());
			assertThat(Dialects.byName("MySQL").scriptSyntax()).isEqualTo(new MySqlDialect().scriptSyntax());
			assertThat(Dialects.byName("H2").scriptSyntax()).isEqualTo(new H2Dialect().scriptSyntax());
			assertThat(Dialects.byName("SQLite").scriptSyntax()).isEqualTo(new SqliteDialect().scriptSyntax());
		}

		@Test
		void anUnknownDialectIsRejectedByName() {
			assertThatIllegalArgumentException().isThrownBy(() -> Dialects.byName("oracle"))
				.withMessageContaining("'oracle'");
		}

	}

	@Nested
	class Statements {

		@Test
		void statementsEndAtSemicolons() {
			assertThat(sql(postgresql("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n")))
				.containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
		}

		@Test
		void aLastStatementWithoutSemicolonCounts() {
			assertThat(sql(postgresql("SELECT 1;\nSELECT 2\n"))).containsExactly("SELECT 1", "SELECT 2");
		}

		@Test
		void anEmptyScriptHasNoStatements() {
			assertThat(postgresql("").statements()).isEmpty();
			assertThat(postgresql(" \n\t\n").statements()).isEmpty();
		}

		@Test
		void aCommentOnlyScriptHasNoStatements() {
			ParsedScript script = postgresql("-- nothing to do yet;\n/* really; nothing */\n");
			assertThat(script.statements()).isEmpty();
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void emptyStatementsBetweenSemicolonsAreDropped() {
			assertThat(sql(postgresql(";;SELECT 1;;\n;  ;SELECT 2;"))).containsExactly("SELECT 1", "SELECT 2");
		}

		@Test
		void statementTextIsTrimmedAndKeepsCommentsInside() {
			assertThat(sql(postgresql("  SELECT a, -- the key; first\n  /* b; */ b FROM t  ;")))
				.containsExactly("SELECT a, -- the key; first\n  /* b; */ b FROM t");
		}

		@Test
		void commentsBeforeAndAfterAStatementAreLeftOut() {
			assertThat(sql(postgresql("-- header\n/* about it */ SELECT 1 -- trailing\n;\n-- footer")))
				.containsExactly("SELECT 1");
		}

		@Test
		void theParsedScriptCannotBeChanged() {
			ParsedScript script = postgresql("-- migrate:irreversible\nSELECT 1;");
			assertThatThrownBy(() -> script.statements().add(new SqlStatement(1, "SELECT 2")))
				.isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> script.directives().add("x")).isInstanceOf(UnsupportedOperationException.class);
			assertThatThrownBy(() -> script.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
		}

	}

	@Nested
	class StringsAndIdentifiers {

		@Test
		void aSemicolonInAStringDoesNotEndTheStatement() {
			assertThat(sql(postgresql("INSERT INTO t VALUES ('a;b');SELECT 2;")))
				.containsExactly("INSERT INTO t VALUES ('a;b')", "SELECT 2");
		}

		@Test
		void aDoubledQuoteIsAnEscapedQuote() {
			assertThat(sql(postgresql("INSERT INTO t VALUES ('it''s; fine', '');SELECT 2;")))
				.containsExactly("INSERT INTO t VALUES ('it''s; fine', '')", "SELECT 2");
		}

		@Test
		void mysqlStringsTakeBackslashEscapes() {
			assertThat(sql(mysql("INSERT INTO t VALUES ('it\\'s; fine');SELECT 2;")))
				.containsExactly("INSERT INTO t VALUES ('it\\'s; fine')", "SELECT 2");
		}

		@Test
		void anEscapedBackslashOnMySqlDoesNotEscapeTheClosingQuote() {
			assertThat(sql(mysql("INSERT INTO t VALUES ('C:\\\\');SELECT 2;")))
				.containsExactly("INSERT INTO t VALUES ('C:\\\\')", "SELECT 2");
		}

		@Test
		void mysqlDoubleQuotedStringsTakeBackslashEscapes() {
			assertThat(sql(mysql("SELECT \"say \\\"hi;\\\"\";SELECT 2;")))
				.containsExactly("SELECT \"say \\\"hi;\\\"\"", "SELECT 2");
		}

		@Test
		void aBackslashIsAPlainCharacterInPostgreSqlStrings() {
			assertThat(sql(postgresql("SELECT 'C:\\';SELECT 2;"))).containsExactly("SELECT 'C:\\'", "SELECT 2");
		}

		@Test
		void postgreSqlEscapeStringsTakeBackslashEscapes() {
			assertThat(sql(postgresql("SELECT E'it\\'s; fine', e'\\\\';SELECT 2;")))
				.containsExactly("SELECT E'it\\'s; fine', e'\\\\'", "SELECT 2");
		}

		@Test
		void aWordEndingInEIsNotAnEscapeStringPrefix() {
			assertThat(sql(postgresql("SELECT 1 WHERE'a\\';SELECT 2;")))
				.containsExactly("SELECT 1 WHERE'a\\'", "SELECT 2");
		}

		@Test
		void aSemicolonInAQuotedIdentifierDoesNotEndTheStatement() {
			assertThat(sql(postgresql("CREATE TABLE \"quoted;identifier\" (\"say \"\"x;\"\"\" int);SELECT 2;")))
				.containsExactly("CREATE TABLE \"quoted;identifier\" (\"say \"\"x;\"\"\" int)", "SELECT 2");
		}

		@Test
		void aSemicolonInAMySqlBacktickIdentifierDoesNotEndTheStatement() {
			assertThat(sql(mysql("CREATE TABLE `backtick;ident` (`a``b;` int);SELECT 2;")))
				.containsExactly("CREATE TABLE `backtick;ident` (`a``b;` int)", "SELECT 2");
		}

	}

	@Nested
	class DollarQuotes {

		@Test
		void aPlpgsqlFunctionBodyStaysOneStatement() {
			String function = """
					CREATE FUNCTION bump() RETURNS trigger AS $$
					BEGIN
						NEW.updated := now();
						RETURN NEW;
					END;
					$$ LANGUAGE plpgsql""";
			ParsedScript script = postgresql(function + ";\nSELECT 2;\n");
			assertThat(sql(script)).containsExactly(function, "SELECT 2");
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void aNamedDollarTagStaysOneStatement() {
			String function = "CREATE FUNCTION f() RETURNS int AS $fn$ BEGIN RETURN 1; END; $fn$ LANGUAGE plpgsql";
			assertThat(sql(postgresql(function + ";SELECT 2;"))).containsExactly(function, "SELECT 2");
		}

		@Test
		void aDollarQuoteEndsOnlyAtItsOwnTag() {
			String function = "CREATE FUNCTION f() RETURNS void AS $outer$ BEGIN EXECUTE $inner$ SELECT 1; $inner$; "
					+ "PERFORM '$$;'; END; $outer$ LANGUAGE plpgsql";
			assertThat(sql(postgresql(function + ";SELECT 2;"))).containsExactly(function, "SELECT 2");
		}

		@Test
		void positionalParametersAreNotDollarQuotes() {
			assertThat(sql(postgresql("PREPARE q (int, int) AS SELECT $1 + $2;SELECT 2;")))
				.containsExactly("PREPARE q (int, int) AS SELECT $1 + $2", "SELECT 2");
		}

		@Test
		void aDollarInsideAPostgreSqlIdentifierIsNotADollarQuote() {
			assertThat(sql(postgresql("SELECT a$b$ FROM t;SELECT 2;"))).containsExactly("SELECT a$b$ FROM t", "SELECT 2");
		}

		@Test
		void h2TakesDoubleDollarStrings() {
			assertThat(sql(h2("CREATE ALIAS semi AS $$ String semi() { return \";\"; } $$;SELECT 2;")))
				.containsExactly("CREATE ALIAS semi AS $$ String semi() { return \";\"; } $$", "SELECT 2");
		}

		@Test
		void dollarsAreNotQuotesOnMySql() {
			assertThat(sql(mysql("SELECT $$;SELECT 2;"))).containsExactly("SELECT $$", "SELECT 2");
		}

	}

	@Nested
	class Comments {

		@Test
		void aSemicolonInALineCommentDoesNotEndTheStatement() {
			assertThat(sql(postgresql("SELECT 1 -- one; two\n+ 1;SELECT 2;")))
				.containsExactly("SELECT 1 -- one; two\n+ 1", "SELECT 2");
		}

		@Test
		void aSemicolonInABlockCommentDoesNotEndTheStatement() {
			assertThat(sql(postgresql("SELECT 1 /* one;\n two; */ + 1;SELECT 2;")))
				.containsExactly("SELECT 1 /* one;\n two; */ + 1", "SELECT 2");
		}

		@Test
		void postgreSqlBlockCommentsNest() {
			assertThat(sql(postgresql("/* outer /* inner; */ still a comment; */ SELECT 1;")))
				.containsExactly("SELECT 1");
		}

		@Test
		void mysqlBlockCommentsDoNotNest() {
			assertThat(sql(mysql("/* outer /* inner; */ SELECT 1;"))).containsExactly("SELECT 1");
		}

		@Test
		void aHashStartsALineCommentOnMySql() {
			assertThat(sql(mysql("# a note; here\nSELECT 5 # 3; SELECT 4\n+ 1;"))).containsExactly("SELECT 5 # 3; SELECT 4\n+ 1");
		}

		@Test
		void aHashIsAnOperatorOnPostgreSql() {
			assertThat(sql(postgresql("SELECT 5 # 3; SELECT 2;"))).containsExactly("SELECT 5 # 3", "SELECT 2");
		}

		@Test
		void aDoubleDashNeedsAFollowingSpaceToStartAMySqlComment() {
			assertThat(sql(mysql("SELECT 5--1;SELECT 2;"))).containsExactly("SELECT 5--1", "SELECT 2");
			assertThat(sql(mysql("SELECT 5 --\n;SELECT 2;"))).containsExactly("SELECT 5", "SELECT 2");
		}

		@Test
		void aDoubleDashAlwaysStartsAPostgreSqlComment() {
			assertThat(sql(postgresql("SELECT 5--1;SELECT 2;"))).containsExactly("SELECT 5");
		}

		@Test
		void mysqlExecutableCommentsAreStatements() {
			assertThat(sql(mysql("/*!40101 SET NAMES utf8mb4 */;\n/* just a comment */;\nSELECT 1;")))
				.containsExactly("/*!40101 SET NAMES utf8mb4 */", "SELECT 1");
		}

	}

	@Nested
	class MySqlDelimiter {

		@Test
		void aDelimiterLineKeepsAProcedureBodyInOneStatement() {
			String procedure = """
					CREATE PROCEDURE bump(IN n INT)
					BEGIN
						UPDATE counter SET value = value + n;
						SELECT value FROM counter;
					END""";
			ParsedScript script = mysql("CREATE TABLE counter (value INT);\nDELIMITER $$\n" + procedure
					+ "$$\nDELIMITER ;\nCALL bump(1);\n");
			assertThat(sql(script)).containsExactly("CREATE TABLE counter (value INT)", procedure, "CALL bump(1)");
			assertThat(lines(script)).containsExactly(1, 3, 9);
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void theDelimiterCommandIsCaseInsensitiveAndMayBeIndented() {
			assertThat(sql(mysql("  delimiter //\nSELECT 1; SELECT 2//\nSELECT 3//\nDelimiter ;\nSELECT 4;")))
				.containsExactly("SELECT 1; SELECT 2", "SELECT 3", "SELECT 4");
		}

		@Test
		void aDelimiterWordInsideAStatementIsAColumn() {
			assertThat(sql(mysql("SELECT\ndelimiter FROM t;SELECT 2;"))).containsExactly("SELECT\ndelimiter FROM t",
					"SELECT 2");
		}

		@Test
		void aDelimiterLineWithoutADelimiterIsAnError() {
			assertThatThrownBy(() -> mysql("SELECT 1;\nDELIMITER\nSELECT 2;")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("DELIMITER without a delimiter at line 2");
		}

		@Test
		void delimiterIsAPlainWordOnPostgreSql() {
			assertThat(sql(postgresql("DELIMITER //\nSELECT 1;"))).containsExactly("DELIMITER //\nSELECT 1");
		}

	}

	@Nested
	class TransactionControl {

		@Test
		void beginAndCommitAreDroppedWithWarnings() {
			ParsedScript script = postgresql("BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");
			assertThat(sql(script)).containsExactly("CREATE TABLE a (id int)");
			assertThat(script.warnings()).containsExactly(
					"line 1: 'BEGIN' ignored: Migrate runs each changeset in its own transaction",
					"line 3: 'COMMIT' ignored: Migrate runs each changeset in its own transaction");
		}

		@ParameterizedTest
		@ValueSource(strings = { "BEGIN", "begin", "BEGIN TRANSACTION", "Begin  Work", "START TRANSACTION",
				"commit", "COMMIT WORK", "COMMIT TRANSACTION", "END", "END TRANSACTION", "begin\n\ttransaction" })
		void everyTransactionControlFormIsDropped(String statement) {
			ParsedScript script = postgresql("SELECT 1;\n" + statement + ";\nSELECT 2;");
			assertThat(sql(script)).containsExactly("SELECT 1", "SELECT 2");
			assertThat(script.warnings()).hasSize(1);
		}

		@Test
		void theWarningShowsTheStatementAsWritten() {
			assertThat(postgresql("\n\nBegin  Work;").warnings())
				.containsExactly("line 3: 'Begin Work' ignored: Migrate runs each changeset in its own transaction");
		}

		@Test
		void beginFollowedByStatementsDoesNotSwallowThem() {
			ParsedScript script = postgresql("BEGIN;\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\nEND;");
			assertThat(sql(script)).containsExactly("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)");
			assertThat(script.warnings()).hasSize(2);
		}

		@Test
		void aPlainEndIsAStatementOnMySql() {
			ParsedScript script = mysql("START TRANSACTION;\nEND;\nCOMMIT;");
			assertThat(sql(script)).containsExactly("END");
			assertThat(script.warnings()).hasSize(2);
		}

		@Test
		void beginInsideAMySqlDelimiterBlockIsKept() {
			ParsedScript script = mysql("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;");
			assertThat(sql(script)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END");
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void statementsThatOnlyStartWithTransactionWordsAreKept() {
			ParsedScript script = postgresql("COMMIT PREPARED 'x';\nBEGIN_DATE;\nEND_LOG;");
			assertThat(sql(script)).containsExactly("COMMIT PREPARED 'x'", "BEGIN_DATE", "END_LOG");
			assertThat(script.warnings()).isEmpty();
		}

	}

	@Nested
	class Directives {

		@Test
		void directivesBeforeTheFirstStatementAreCollected() {
			ParsedScript script = postgresql("""
					-- A big table: build the index without locking it.
					-- migrate:no-transaction
					--migrate:Irreversible  since the old index is gone

					CREATE INDEX CONCURRENTLY page_ctime ON page (ctime);
					""");
			assertThat(script.directives()).containsExactly("no-transaction", "irreversible");
			assertThat(script.hasDirective("no-transaction")).isTrue();
			assertThat(script.hasDirective("IRREVERSIBLE")).isTrue();
			assertThat(script.hasDirective("other")).isFalse();
			assertThat(sql(script)).containsExactly("CREATE INDEX CONCURRENTLY page_ctime ON page (ctime)");
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void aDirectiveAfterTheFirstStatementIsWarned() {
			ParsedScript script = postgresql("-- migrate:irreversible\nSELECT 1;\n\n-- migrate:no-transaction\nSELECT 2;");
			assertThat(script.directives()).containsExactly("irreversible");
			assertThat(script.warnings()).containsExactly(
					"line 4: directive 'migrate:no-transaction' ignored: directives must stand before the first statement");
			assertThat(sql(script)).containsExactly("SELECT 1", "SELECT 2");
		}

		@Test
		void aDirectiveInsideAStatementIsWarnedAndKeptAsAComment() {
			ParsedScript script = postgresql("SELECT 1,\n  -- migrate:no-transaction\n  2;");
			assertThat(script.directives()).isEmpty();
			assertThat(script.warnings()).containsExactly(
					"line 2: directive 'migrate:no-transaction' ignored: directives must stand before the first statement");
			assertThat(sql(script)).containsExactly("SELECT 1,\n  -- migrate:no-transaction\n  2");
		}

		@Test
		void onlyWholeCommentLinesAreDirectives() {
			ParsedScript script = postgresql("/* -- migrate:no-transaction */\nSELECT 1; -- migrate:irreversible\n");
			assertThat(script.directives()).isEmpty();
			assertThat(script.warnings()).isEmpty();
		}

		@Test
		void aScriptOfDirectivesOnlyHasNoStatements() {
			ParsedScript script = mysql("-- migrate:irreversible\n");
			assertThat(script.statements()).isEmpty();
			assertThat(script.directives()).containsExactly("irreversible");
		}

		@Test
		void aDirectiveBeforeAMySqlDelimiterLineIsStillInTheHeader() {
			ParsedScript script = mysql("DELIMITER $$\n-- migrate:no-transaction\nSELECT 1$$\n");
			assertThat(script.directives()).containsExactly("no-transaction");
			assertThat(sql(script)).containsExactly("SELECT 1");
		}

		@Test
		void aDirectiveWithoutANameIsWarned() {
			assertThat(postgresql("-- migrate:\nSELECT 1;").warnings())
				.containsExactly("line 1: directive 'migrate:' ignored: it has no name");
		}

	}

	@Nested
	class LinesAndEncoding {

		@Test
		void aStatementAfterAMultiLineCommentReportsItsOwnLine() {
			ParsedScript script = postgresql("""
					/*
					 * Adds the ctime column.
					 * It may be null; old pages have none.
					 */

					-- the column
					ALTER TABLE page ADD COLUMN ctime timestamp;
					""");
			assertThat(lines(script)).containsExactly(7);
		}

		@Test
		void linesCountAcrossMultiLineStringsDollarQuotesAndComments() {
			ParsedScript script = postgresql("""
					INSERT INTO t VALUES ('one
					two');
					CREATE FUNCTION f() RETURNS int AS $fn$
					BEGIN
						RETURN 1;
					END;
					$fn$ LANGUAGE plpgsql; /* a
					comment */ SELECT "a
					b";
					SELECT E'x\\
					y';
					SELECT 3;
					""");
			assertThat(lines(script)).containsExactly(1, 3, 8, 10, 12);
		}

		@Test
		void mysqlLinesCountAcrossBackslashEscapedNewlinesAndBackticks() {
			ParsedScript script = mysql("SELECT 'a\\\nb', `c\nd`;\n# note\nSELECT 2;");
			assertThat(lines(script)).containsExactly(1, 5);
		}

		@Test
		void crlfLineEndingsAreReadAsNewlines() {
			ParsedScript script = postgresql("-- migrate:irreversible\r\nSELECT 1;\r\n\r\nSELECT\r\n  2;\r\n");
			assertThat(sql(script)).containsExactly("SELECT 1", "SELECT\n  2");
			assertThat(lines(script)).containsExactly(2, 4);
			assertThat(script.directives()).containsExactly("irreversible");
		}

		@Test
		void loneCarriageReturnsAreReadAsNewlines() {
			assertThat(lines(postgresql("SELECT 1;\r\rSELECT 2;"))).containsExactly(1, 3);
		}

		@Test
		void aLeadingByteOrderMarkIsDropped() {
			ParsedScript script = postgresql("\uFEFF-- migrate:no-transaction\nSELECT 1;");
			assertThat(script.directives()).containsExactly("no-transaction");
			assertThat(sql(script)).containsExactly("SELECT 1");

			assertThat(sql(postgresql("\uFEFFSELECT 1;"))).containsExactly("SELECT 1");
		}

	}

	@Nested
	class Unterminated {

		@Test
		void anUnterminatedStringIsAnError() {
			assertThatThrownBy(() -> postgresql("SELECT 1;\n\nSELECT 'abc;\nSELECT 2;"))
				.isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated string starting at line 3")
				.extracting(e -> ((SqlSyntaxException) e).line())
				.isEqualTo(3);
		}

		@Test
		void aStringEndingInAnEscapedQuoteOnMySqlIsUnterminated() {
			assertThatThrownBy(() -> mysql("SELECT 1;\nSELECT 'abc\\';")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated string starting at line 2");
		}

		@Test
		void anUnterminatedEscapeStringIsAnError() {
			assertThatThrownBy(() -> postgresql("SELECT E'abc\\';")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated string starting at line 1");
		}

		@Test
		void anUnterminatedQuotedIdentifierIsAnError() {
			assertThatThrownBy(() -> postgresql("SELECT 1;\nCREATE TABLE \"page (id int);"))
				.isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated quoted identifier starting at line 2");
		}

		@Test
		void anUnterminatedBacktickIdentifierIsAnError() {
			assertThatThrownBy(() -> mysql("\n\n\nCREATE TABLE `page (id int);")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated backtick-quoted identifier starting at line 4");
		}

		@Test
		void anUnterminatedDollarQuoteIsAnError() {
			assertThatThrownBy(() -> postgresql("""
					SELECT 1;

					CREATE FUNCTION f() RETURNS int
					AS $body$
					BEGIN
						RETURN 1;
					END;
					$$ LANGUAGE plpgsql;
					""")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated dollar-quoted string $body$ starting at line 4");
		}

		@Test
		void anUnterminatedBlockCommentIsAnError() {
			assertThatThrownBy(() -> postgresql("SELECT 1;\n/* TODO;\nSELECT 2;")).isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated block comment starting at line 2");
		}

		@Test
		void anUnclosedNestedBlockCommentOnPostgreSqlIsAnError() {
			assertThatThrownBy(() -> postgresql("/* outer /* inner */\nSELECT 1;"))
				.isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated block comment starting at line 1");
		}

	}

	/** The features a dialect of SQLite's kind picks: backticks and brackets for names, trigger bodies. */
	@Nested
	class PickedFeatures {

		private final ScriptSyntax sqlite = ScriptSyntax.of(Feature.BACKTICK_IDENTIFIERS, Feature.BRACKET_IDENTIFIERS,
				Feature.TRIGGER_BODIES);

		@Test
		void aSemicolonInABracketOrBacktickQuotedNameEndsNothing() {
			assertThat(sql(SqlScriptSplitter.split("CREATE TABLE [a;b] (`c;d` int);\nSELECT 1;", this.sqlite)))
				.containsExactly("CREATE TABLE [a;b] (`c;d` int)", "SELECT 1");
		}

		@Test
		void bracketsAreNoQuotesWithoutTheFeature() {
			assertThat(sql(postgresql("SELECT a[1];\nSELECT '];';"))).containsExactly("SELECT a[1]", "SELECT '];'");
		}

		@Test
		void aTriggerBodyKeepsItsStatementsAndCaseExpressions() {
			ParsedScript script = SqlScriptSplitter.split("""
					CREATE TEMP TRIGGER page_stamp AFTER INSERT ON page
					BEGIN
					    UPDATE page SET title = CASE WHEN new.title = 'end;' THEN 'x' ELSE new.title END WHERE id = new.id;
					    INSERT INTO log (id) VALUES (new.id);
					END;
					BEGIN;
					CREATE TABLE "trigger" (begin_at int);
					END;
					""", this.sqlite);
			assertThat(sql(script)).containsExactly("""
					CREATE TEMP TRIGGER page_stamp AFTER INSERT ON page
					BEGIN
					    UPDATE page SET title = CASE WHEN new.title = 'end;' THEN 'x' ELSE new.title END WHERE id = new.id;
					    INSERT INTO log (id) VALUES (new.id);
					END""", "CREATE TABLE \"trigger\" (begin_at int)");
			assertThat(lines(script)).containsExactly(1, 7);
			assertThat(script.warnings()).hasSize(2);
		}

		@Test
		void withoutTheFeatureATriggerBodyEndsAtItsFirstSemicolon() {
			assertThat(sql(h2("CREATE TRIGGER t AFTER INSERT ON p BEGIN SELECT 1; END;"))).hasSize(1)
				.containsExactly("CREATE TRIGGER t AFTER INSERT ON p BEGIN SELECT 1");
		}

		@Test
		void anUnterminatedBracketIsAnError() {
			assertThatThrownBy(() -> SqlScriptSplitter.split("SELECT 1;\nSELECT [a;", this.sqlite))
				.isInstanceOf(SqlSyntaxException.class)
				.hasMessage("unterminated bracket-quoted identifier starting at line 2");
		}

	}

	/** SQLite's scripts, as its dialect's features read them: its quotes, its comments, trigger bodies. */
	@Nested
	class OnSqlite {

		@Test
		void semicolonsInStringsAndEveryKindOfQuotedIdentifierEndNothing() {
			assertThat(sql(sqlite("INSERT INTO t VALUES ('a;''b');\nSELECT \"x;y\", `p;q`, [r;s] FROM t;\nSELECT 1;")))
				.containsExactly("INSERT INTO t VALUES ('a;''b')", "SELECT \"x;y\", `p;q`, [r;s] FROM t", "SELECT 1");
		}

		@Test
		void aBackslashEscapesNothing() {
			assertThat(sql(sqlite("SELECT 'a\\';\nSELECT 2;"))).containsExactly("SELECT 'a\\'", "SELECT 2");
		}

		@Test
		void dollarSignsAreParametersNotQuotes() {
			assertThat(sql(sqlite("SELECT $a, $$;\nSELECT 2;"))).containsExactly("SELECT $a, $$", "SELECT 2");
		}

		@Test
		void lineAndBlockCommentsHideSemicolons() {
			assertThat(sql(sqlite("-- one; two\nSELECT 1 /* a; b */ + 1;\n/* x; */ SELECT 2;")))
				.containsExactly("SELECT 1 /* a; b */ + 1", "SELECT 2");
		}

		@Test
		void aTriggerBodyIsOneStatementWithItsSemicolons() {
			String trigger = """
					CREATE TRIGGER page_touched AFTER UPDATE ON page
					BEGIN
					  UPDATE page SET mtime = CURRENT_TIMESTAMP WHERE id = NEW.id;
					  INSERT INTO log (what) VALUES (CASE WHEN NEW.title = '' THEN 'empty;' ELSE NEW.title END);
					END""";
			ParsedScript script = sqlite("CREATE TABLE log (what TEXT);\n" + trigger + ";\nCREATE TEMP TRIGGER t2 AFTER INSERT "
					+ "ON log BEGIN SELECT 1; END;\nINSERT INTO log VALUES ('x');");
			assertThat(sql(script)).containsExactly("CREATE TABLE log (what TEXT)", trigger,
					"CREATE TEMP TRIGGER t2 AFTER INSERT ON log BEGIN SELECT 1; END", "INSERT INTO log VALUES ('x')");
			assertThat(lines(script)).containsExactly(1, 2, 7, 8);
		}

		@Test
		void beginAndCommitOutsideATriggerAreTransactionControlAndDropped() {
			ParsedScript script = sqlite("BEGIN;\nCREATE TABLE t (id INTEGER);\nCOMMIT;");
			assertThat(sql(script)).containsExactly("CREATE TABLE t (id INTEGER)");
			assertThat(script.warnings()).hasSize(2);
		}

		@Test
		void anOpenBracketIsReportedWithItsLine() {
			assertThatThrownBy(() -> sqlite("SELECT 1;\nSELECT [x FROM t;")).isInstanceOf(SqlSyntaxException.class)
				.hasMessageContaining("unterminated bracket-quoted identifier starting at line 2");
		}

	}

}

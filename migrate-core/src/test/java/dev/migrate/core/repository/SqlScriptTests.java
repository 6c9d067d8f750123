package dev.migrate.core.repository;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlScriptTests {

	@Test
	void checksumIsTheCrc32OfTheBytesWithoutCarriageReturnsAndByteOrderMark() {
		assertThat(new SqlScript("a.sql", "SELECT 1;\n").checksum()).isEqualTo("500ea97f");
		assertThat(new SqlScript("a.sql", "\uFEFFSELECT 1;\r\n").checksum()).isEqualTo("500ea97f");
		assertThat(new SqlScript("a.sql", "CREATE TABLE é (id INT);\r\r\n\r").checksum()).isEqualTo("a4262927");
		assertThat(new SqlScript("a.sql", "").checksum()).isEqualTo("00000000");
		assertThat(new SqlScript("a.sql", "\uFEFF").checksum()).isEqualTo("00000000");
	}

	@Test
	void checksumIgnoresLineEndings() {
		assertThat(new SqlScript("a.sql", "SELECT 1;\r\nSELECT 2;\r\n").checksum())
			.isEqualTo(new SqlScript("a.sql", "SELECT 1;\nSELECT 2;\n").checksum())
			.isNotEqualTo(new SqlScript("a.sql", "SELECT 1;\nSELECT 3;\n").checksum());
	}

	@Test
	void readsItsFileOnceForChecksumDirectivesAndText() {
		AtomicInteger reads = new AtomicInteger();
		SqlScript script = new SqlScript("a.sql", () -> {
			reads.incrementAndGet();
			return "\uFEFF-- migrate:no-transaction\r\nSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8);
		});
		assertThat(script.checksum()).isEqualTo(script.checksum());
		assertThat(script.directives()).isSameAs(script.directives()).containsExactly("no-transaction");
		assertThat(script.text()).isEqualTo("-- migrate:no-transaction\r\nSELECT 1;\r\n");
		assertThat(reads).hasValue(1);
	}

	@Test
	void readsDirectivesAtTheTopOnly() {
		SqlScript script = new SqlScript("a.sql", "-- a comment\n-- migrate:no-transaction\n\nCREATE INDEX x ON t (a);\n"
				+ "-- migrate:irreversible\n");
		assertThat(script.directives()).containsExactly("no-transaction");
	}

	@Test
	void readsDirectivesAcrossEveryKindOfLineBreakInTheirOrder() {
		assertThat(directives("\uFEFF  -- migrate:Irreversible  \r\n\r\n--migrate:x\r-- migrate:no-transaction\nSELECT 1;"))
			.containsExactly("irreversible", "no-transaction");
		assertThat(directives("-- migrate:a\u2028-- migrate:b\u0085-- migrate:c\fSELECT 1;\u000B-- migrate:d"))
			.containsExactly("a", "b", "c");
	}

	@Test
	void hasNoDirectivesWhenTheFirstStatementComesFirst() {
		assertThat(directives("")).isEmpty();
		assertThat(directives("SELECT 1; -- migrate:no-transaction")).isEmpty();
		assertThat(directives("/* -- migrate:no-transaction */\n-- migrate:irreversible")).isEmpty();
	}

	@Test
	void directivesCannotBeChanged() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> directives("-- migrate:irreversible\n").add("no-transaction"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> directives("").add("x"));
	}

	@Test
	void readsTheDirectivesThatSplittingAtLineBreaksWould() {
		List<String> parts = List.of("-- migrate:no-transaction", "  -- MIGRATE:x", "-- migrate: Irreversible ", "--", "",
				" ", "\t", "SELECT 1;", "-- note", "\uFEFF", "\r", "\n", "\r\n", "\u2028", "\u0085", "\u000B", "\f");
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = i; n > 0; n /= parts.size()) {
				text.append(parts.get(n % parts.size()));
			}
			assertThat(directives(text.toString())).as(text.toString()).containsExactlyElementsOf(splitting(text.toString()));
		}
	}

	private static Set<String> directives(String text) {
		return new SqlScript("a.sql", text).directives();
	}

	/** The directives as they were read before, by splitting the whole text with a regular expression. */
	private static Set<String> splitting(String text) {
		Set<String> directives = new LinkedHashSet<>();
		for (String line : (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("-- migrate:")) {
				directives.add(trimmed.substring("-- migrate:".length()).strip().toLowerCase(Locale.ROOT));
			}
			else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
				break;
			}
		}
		return directives;
	}

}

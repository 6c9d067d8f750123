package dev.migrate.core.repository;

/**
 * Finds the lines of a text where the regular expression {@code \R} would split it: at CR LF, LF, CR,
 * U+000B, U+000C, U+0085, U+2028 and U+2029. A plain scan rather than a regular expression: the
 * directives of scripts and {@code migrate.cfg} are read on every application start.
 */
final class Lines {

	private Lines() {
	}

	/** Where the line that starts at {@code start} ends: at its line break, or at the end of the text. */
	static int end(String text, int start) {
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
					|| c == '\u2029') {
				return i;
			}
		}
		return text.length();
	}

	/** Where the next line starts, after a line that ends at {@code end}: past its line break. */
	static int next(String text, int end) {
		boolean crLf = text.startsWith("\r\n", end);
		return end + (crLf ? 2 : 1);
	}

}

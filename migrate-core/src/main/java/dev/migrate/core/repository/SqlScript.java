package dev.migrate.core.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One SQL script of a repository.
 *
 * @param fileName the file's name, as written in messages
 * @param text the script's text, as read
 */
public record SqlScript(String fileName, String text) {

	private static final String DIRECTIVE = "-- migrate:";

	/**
	 * The directives ({@code -- migrate:no-transaction}, {@code -- migrate:irreversible}) on the comment
	 * lines at the top of the script, in lower case without the prefix.
	 */
	public Set<String> directives() {
		Set<String> directives = new LinkedHashSet<>();
		for (String line : this.text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith(DIRECTIVE)) {
				directives.add(trimmed.substring(DIRECTIVE.length()).strip().toLowerCase(Locale.ROOT));
			}
			else if (!trimmed.isEmpty() && !trimmed.startsWith("--") && !trimmed.startsWith("\uFEFF")) {
				break;
			}
		}
		return directives;
	}

	/**
	 * The script's checksum: the SHA-256 of its text with line endings made {@code \n}, so that a
	 * checkout on another operating system does not count as a change.
	 */
	public String checksum() {
		String normalized = this.text.replace("\r\n", "\n").replace('\r', '\n');
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}

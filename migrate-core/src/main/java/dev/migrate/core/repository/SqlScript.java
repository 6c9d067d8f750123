package dev.migrate.core.repository;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * One SQL script of a repository. Its text is read when first asked for, so that a start with
 * nothing pending reads only the upgrade scripts it validates.
 */
public final class SqlScript {

	private static final String DIRECTIVE = "-- migrate:";

	private final String fileName;

	private final Supplier<byte[]> reader;

	private volatile byte @Nullable [] content;

	/** A script whose text is known. */
	public SqlScript(String fileName, String text) {
		this(fileName, () -> text.getBytes(StandardCharsets.UTF_8));
	}

	/** A script whose content (UTF-8) is read on first use. */
	public SqlScript(String fileName, Supplier<byte[]> reader) {
		this.fileName = Objects.requireNonNull(fileName, "fileName must not be null");
		this.reader = Objects.requireNonNull(reader, "reader must not be null");
	}

	/** The file's name, as written in messages. */
	public String fileName() {
		return this.fileName;
	}

	/** The script's text, as read. */
	public String text() {
		String text = new String(content(), StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private byte[] content() {
		byte[] result = this.content;
		if (result == null) {
			result = this.reader.get();
			this.content = result;
		}
		return result;
	}

	/**
	 * The directives ({@code -- migrate:no-transaction}, {@code -- migrate:irreversible}) on the comment
	 * lines at the top of the script, in lower case without the prefix.
	 */
	public Set<String> directives() {
		Set<String> directives = new LinkedHashSet<>();
		for (String line : text().split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith(DIRECTIVE)) {
				directives.add(trimmed.substring(DIRECTIVE.length()).strip().toLowerCase(Locale.ROOT));
			}
			else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
				break;
			}
		}
		return directives;
	}

	/**
	 * The script's checksum: the CRC-32 of its UTF-8 bytes without carriage returns and without a byte
	 * order mark, so that a checkout on another operating system does not count as a change. Computed
	 * on the bytes, without decoding: it runs for every applied script on every application start.
	 */
	public String checksum() {
		byte[] bytes = content();
		int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) ? 3 : 0;
		CRC32 crc = new CRC32();
		int from = start;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == '\r') {
				crc.update(bytes, from, i - from);
				from = i + 1;
			}
		}
		crc.update(bytes, from, bytes.length - from);
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SqlScript script && this.fileName.equals(script.fileName) && text().equals(script.text());
	}

	@Override
	public int hashCode() {
		return this.fileName.hashCode();
	}

	@Override
	public String toString() {
		return this.fileName;
	}

}

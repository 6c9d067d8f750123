package dev.migrate.core.repository;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import dev.migrate.core.MigrateException;
import org.jspecify.annotations.Nullable;

/**
 * One SQL script of a repository. Its text is read when first asked for, so that a start with
 * nothing pending reads only the upgrade scripts it validates.
 */
public final class SqlScript {

	private static final String DIRECTIVE = "-- migrate:";

	private static final Set<String> KNOWN_DIRECTIVES = Set.of(SqlChangeset.NO_TRANSACTION, SqlChangeset.IRREVERSIBLE);

	private final String fileName;

	private final Supplier<byte[]> reader;

	private final Charset encoding;

	private volatile byte @Nullable [] content;

	private volatile @Nullable String checksum;

	/** The text, decoded once: a run reads it to check it, to split it and to record it. */
	private volatile @Nullable String text;

	private volatile @Nullable Set<String> directives;

	/** A script whose text is known. */
	public SqlScript(String fileName, String text) {
		this(fileName, () -> text.getBytes(StandardCharsets.UTF_8));
	}

	/** A script whose content (UTF-8) is read on first use. */
	public SqlScript(String fileName, Supplier<byte[]> reader) {
		this(fileName, reader, StandardCharsets.UTF_8);
	}

	/** A script whose content, in {@code encoding}, is read on first use. */
	public SqlScript(String fileName, Supplier<byte[]> reader, Charset encoding) {
		this.fileName = Objects.requireNonNull(fileName, "fileName must not be null");
		this.reader = Objects.requireNonNull(reader, "reader must not be null");
		this.encoding = Objects.requireNonNull(encoding, "encoding must not be null");
	}

	/** The file's name, as written in messages. */
	public String fileName() {
		return this.fileName;
	}

	/**
	 * The script's text, decoded strictly (once): a byte that is not in the charset is never replaced.
	 * @throws MigrateException naming the file, the byte, its offset and line, when one is not
	 */
	public String text() {
		String result = this.text;
		if (result == null) {
			result = decode();
			this.text = result;
		}
		return result;
	}

	/** The bytes decoded strictly in the script's charset. */
	private String decode() {
		byte[] bytes = content();
		int start = (startsWithByteOrderMark(bytes) && this.encoding.equals(StandardCharsets.UTF_8)) ? 3 : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharsetDecoder decoder = this.encoding.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw notInCharset(bytes, in.position());
		}
		return out.flip().toString();
	}

	private MigrateException notInCharset(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		String value = (offset < bytes.length) ? String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF) : "the end";
		return new MigrateException(this.fileName + ": byte " + value + " at offset " + offset + " (line " + line
				+ ") is not valid " + this.encoding.name() + ". Save the file as " + this.encoding.name()
				+ ", or set migrate.encoding to the charset it is written in (for example ISO-8859-1). Nothing of it was run.");
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
	 * lines at the top of the script, in lower case without the prefix. Read once: the runner asks for
	 * them several times per script.
	 */
	public Set<String> directives() {
		Set<String> result = this.directives;
		if (result == null) {
			result = readDirectives(text());
			this.directives = result;
		}
		return result;
	}

	/** The directives that are none of those the runner knows, each as written after {@code -- migrate:}. */
	public List<String> unknownDirectives() {
		return directives().stream()
			.filter((directive) -> !KNOWN_DIRECTIVES.contains(directive))
			.toList();
	}

	private static Set<String> readDirectives(String text) {
		Set<String> directives = new LinkedHashSet<>();
		int start = 0;
		while (start < text.length()) {
			int end = Lines.end(text, start);
			String line = text.substring(start, end).strip();
			if (line.startsWith(DIRECTIVE)) {
				directives.add(line.substring(DIRECTIVE.length()).strip().toLowerCase(Locale.ROOT));
			}
			else if (!line.isEmpty() && !line.startsWith("--")) {
				break;
			}
			start = Lines.next(text, end);
		}
		return directives.isEmpty() ? Set.of() : Collections.unmodifiableSet(directives);
	}

	/**
	 * The script's checksum: the CRC-32 of its UTF-8 bytes without carriage returns and without a byte
	 * order mark, so that a checkout on another operating system does not count as a change. Computed
	 * on the bytes, without decoding, and once: it runs for every applied script on every application
	 * start.
	 */
	public String checksum() {
		String result = this.checksum;
		if (result == null) {
			result = checksum(content());
			this.checksum = result;
		}
		return result;
	}

	private static String checksum(byte[] bytes) {
		CRC32 crc = new CRC32();
		int from = startsWithByteOrderMark(bytes) ? 3 : 0;
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == '\r') {
				crc.update(bytes, from, i - from);
				from = i + 1;
			}
		}
		crc.update(bytes, from, bytes.length - from);
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	private static boolean startsWithByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
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

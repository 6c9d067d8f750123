package dev.migrate.core.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One file of a repository folder: its name, where it is (for messages), and its content, read only
 * when asked for.
 *
 * @param name the file name
 * @param where the file's full location, for messages
 * @param content reads the file's bytes
 */
record FolderEntry(String name, String where, Content content) {

	/** The file's text, read as UTF-8. */
	String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	/** The file's bytes. */
	byte[] bytes() {
		try {
			return this.content.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.where + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Reads a file's bytes. */
	@FunctionalInterface
	interface Content {

		byte[] read() throws IOException;

	}

}

package dev.migrate.core.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One file of a repository folder: its name, and where it is, for messages and to read it when asked
 * for. A listing makes one per name without looking at the files, so a subfolder named like a script is
 * found out when it is read. It supplies its bytes to the {@link SqlScript} made of it.
 *
 * @param name the file name
 * @param source the folder's source, which reads it
 */
record FolderEntry(String name, Source source) implements Supplier<byte[]> {

	/** The file's full location, for messages. */
	String where() {
		return this.source.where(this.name);
	}

	/** Whether it is a subfolder, not a file; asked only where it matters, it costs a look at the file. */
	boolean isFolder() {
		return this.source.isFolder(this.name);
	}

	/** The file's text, read as UTF-8. */
	String text() {
		return new String(get(), StandardCharsets.UTF_8);
	}

	/** The file's bytes. */
	@Override
	public byte[] get() {
		try {
			return this.source.read(this.name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(where() + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Where the files of one listed folder are read from, by name. */
	interface Source {

		/** The full location of a file, for messages. */
		String where(String name);

		/** Whether a name of the listing is a subfolder. */
		boolean isFolder(String name);

		/** Reads a file's bytes. */
		byte[] read(String name) throws IOException;

	}

}

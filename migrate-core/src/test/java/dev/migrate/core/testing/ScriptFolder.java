package dev.migrate.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a repository's files into a folder, for tests: {@code migrate.cfg} and {@code versions/}. */
public final class ScriptFolder {

	private final Path root;

	public ScriptFolder(Path root) {
		this.root = root;
	}

	/** The location to configure: {@code file:<root>}. */
	public String location() {
		return "file:" + this.root.toAbsolutePath();
	}

	public Path root() {
		return this.root;
	}

	/** Writes {@code NNN_<description>_<dialect>_upgrade.sql} and, when not null, its downgrade. */
	public ScriptFolder version(int version, String description, String dialect, String upgrade, String downgrade) {
		String base = String.format(Locale.ROOT, "%03d_%s_%s", version, description.replace(' ', '_'), dialect);
		file("versions/" + base + "_upgrade.sql", upgrade);
		if (downgrade != null) {
			file("versions/" + base + "_downgrade.sql", downgrade);
		}
		return this;
	}

	/** Writes a default version. */
	public ScriptFolder version(int version, String description, String upgrade, String downgrade) {
		return version(version, description, "default", upgrade, downgrade);
	}

	/** Writes {@code count} versions, version n creating table {@code t<n>} and dropping it again. */
	public ScriptFolder tables(int count) {
		for (int version = 1; version <= count; version++) {
			version(version, "create t" + version, "CREATE TABLE t" + version + " (id INTEGER PRIMARY KEY);\n",
					"DROP TABLE t" + version + ";\n");
		}
		return this;
	}

	/** Writes any file of the repository, by its path below the root. */
	public ScriptFolder file(String path, String content) {
		try {
			Path file = this.root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

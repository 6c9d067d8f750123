package dev.migrate.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.repository.RepositoryLoader;

/**
 * Writes the files of a new changeset with the next number: a Java changeset class, or a pair of SQL
 * scripts. The next number follows the highest one in the repository and in the folder written to.
 */
public final class NewScript {

	private final MigrateConfig config;

	public NewScript(MigrateConfig config) {
		this.config = config;
	}

	/** Writes {@code V<NNN>_<Description>.java} into {@code folder}, in the configured Java package. */
	public Path java(Path folder, String description) {
		List<String> words = words(description);
		int version = nextVersion(folder);
		String className = className(version, words);
		String packageLine = this.config.javaPackage().isBlank() ? "" : "package " + this.config.javaPackage() + ";\n\n";
		String source = packageLine + """
				import dev.migrate.core.repository.ChangesetContext;
				import dev.migrate.core.repository.JavaChangeset;

				/** Version %d: %s. */
				public class %s implements JavaChangeset {

					@Override
					public void upgrade(ChangesetContext context) throws Exception {
						// context.schema().table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull());
						// or SQL: context.jdbcTemplate().execute("...");
					}

					@Override
					public void downgrade(ChangesetContext context) throws Exception {
						// undo everything that upgrade did: context.schema().table("page").dropColumn("ctime");
					}

				}
				""".formatted(version, String.join(" ", words), className);
		return write(folder.resolve(className + ".java"), source);
	}

	/** Writes {@code NNN_<description>_<dialect>_upgrade.sql} and its downgrade into {@code folder}. */
	public List<Path> sql(Path folder, String description, String dialect) {
		String dialectName = dialect.toLowerCase(Locale.ROOT);
		if (!dialectName.equals("default") && !Dialects.names().contains(dialectName)) {
			throw new MigrateException("Unknown dialect '" + dialect + "': use default or one of "
					+ String.join(", ", Dialects.names()));
		}
		List<String> words = words(description);
		int version = nextVersion(folder);
		String base = String.format(Locale.ROOT, "%03d_%s_%s", version, String.join("_", words), dialectName);
		List<Path> written = new ArrayList<>();
		written.add(write(folder.resolve(base + "_upgrade.sql"),
				"-- Version " + version + ": " + String.join(" ", words) + " (upgrade)\n"));
		written.add(write(folder.resolve(base + "_downgrade.sql"), "-- Version " + version + ": "
				+ String.join(" ", words) + " (downgrade): undo everything that the upgrade does\n"));
		return written;
	}

	/** {@code V003_AddSummaryToPage}: the class name of a Java changeset of this version and description. */
	static String className(int version, List<String> words) {
		StringBuilder className = new StringBuilder(String.format(Locale.ROOT, "V%03d_", version));
		for (String word : words) {
			className.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return className.toString();
	}

	/** The number of a new changeset: after the highest in the repository and in the folder written to. */
	int nextVersion(Path folder) {
		int highest = new RepositoryLoader(this.config.location(), "default", this.config.javaPackage(),
				this.config.javaChangesets(), this.config.classLoader())
			.highestVersionNumber();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					String name = file.getFileName().toString();
					String digits = name.replaceFirst("^V?(\\d+)_.*$", "$1");
					if (!digits.equals(name) && digits.length() <= 9) {
						highest = Math.max(highest, Integer.parseInt(digits));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + folder, ex);
			}
		}
		return highest + 1;
	}

	/** The words of a description, in lower case; at least one. */
	static List<String> words(String description) {
		List<String> words = new ArrayList<>();
		for (String word : description.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		if (words.isEmpty()) {
			throw new MigrateException("A new changeset needs a description with letters or digits, not '" + description + "'");
		}
		return words;
	}

	/** Writes a new file, refusing to overwrite one. */
	static Path write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			if (Files.exists(file)) {
				throw new MigrateException(file + " exists already: nothing was written");
			}
			return Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}

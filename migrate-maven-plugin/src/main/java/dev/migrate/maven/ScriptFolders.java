package dev.migrate.maven;

import java.nio.file.Path;

/**
 * Where the files of a repository live in a project: a relative {@code file:} location is the
 * project's folder, a {@code classpath:} one is under {@code src/main/resources}, Java changesets
 * are under the project's source folder in their package.
 */
final class ScriptFolders {

	private static final String FILE = "file:";

	private ScriptFolders() {
	}

	/** The location with a relative file path made absolute against the project's folder. */
	static String absoluteLocation(String location, Path basedir) {
		if (location.startsWith("classpath")) {
			return location;
		}
		String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
		return FILE + basedir.resolve(path).normalize();
	}

	/** The {@code versions} folder of SQL scripts for an (absolute) location. */
	static Path sqlScripts(String location, Path basedir) {
		if (location.startsWith("classpath")) {
			String path = location.substring(location.indexOf(':') + 1).replaceFirst("^/+", "");
			return basedir.resolve("src/main/resources").resolve(path).resolve("versions");
		}
		return Path.of(location.substring(FILE.length())).resolve("versions");
	}

	/** The folder of Java changesets: the package's folder under the source folder. */
	static Path javaChangesets(Path sourceFolder, String javaPackage) {
		return javaPackage.isBlank() ? sourceFolder : sourceFolder.resolve(javaPackage.replace('.', '/'));
	}

}

package dev.migrate.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/** A copy of a project under {@code src/it}, its pom naming this plugin's version. */
final class ItProject {

	private ItProject() {
	}

	/** Copies {@code src/it/<name>} into a fresh folder under {@code target/it}. */
	static Path copy(String name) throws IOException {
		Path source = Path.of(System.getProperty("migrate.it.projects", "src/it")).resolve(name);
		Path target = Path.of(System.getProperty("migrate.it.work", "target/it"))
			.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		Path pom = target.resolve("pom.xml");
		Files.writeString(pom, Files.readString(pom)
			.replace("@migrate.version@", System.getProperty("migrate.plugin.version", "0.1.0-SNAPSHOT")));
		return target;
	}

}

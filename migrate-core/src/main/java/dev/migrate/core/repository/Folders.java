package dev.migrate.core.repository;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Lists the files of one folder of a repository, on the file system or on the classpath. It runs on
 * every application start, so it reads directories and jars directly (a few milliseconds for a
 * thousand files, where Spring's pattern resolver takes over a hundred) and falls back to that resolver
 * only for other kinds of URL. Like Spring's {@code classpath*:}, it finds a folder inside a jar only
 * when the jar has directory entries, as jars built by Maven, Gradle and Spring Boot do.
 */
final class Folders {

	private Folders() {
	}

	/**
	 * The files directly in a folder, without subfolders.
	 * @param location {@code classpath:path}, {@code classpath*:path}, {@code file:path} or a path
	 * @param classLoader the class loader for classpath folders
	 */
	static List<FolderEntry> list(String location, ClassLoader classLoader) throws IOException {
		if (location.startsWith("classpath*:") || location.startsWith("classpath:")) {
			String path = location.substring(location.indexOf(':') + 1);
			while (path.startsWith("/")) {
				path = path.substring(1);
			}
			return listClasspath(path, classLoader);
		}
		String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
		return listDirectory(Path.of(path));
	}

	/** Whether a file-system folder exists; classpath folders may be absent (no changesets). */
	static boolean exists(String location) {
		if (location.startsWith("classpath")) {
			return true;
		}
		return Files.isDirectory(Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location));
	}

	private static List<FolderEntry> listDirectory(Path directory) throws IOException {
		List<FolderEntry> entries = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return entries;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					entries.add(new FolderEntry(file.getFileName().toString(), file.toString(), () -> Files.readAllBytes(file)));
				}
			}
		}
		return entries;
	}

	private static List<FolderEntry> listClasspath(String path, ClassLoader classLoader) throws IOException {
		List<FolderEntry> entries = new ArrayList<>();
		Enumeration<URL> roots = classLoader.getResources(path.endsWith("/") ? path : path + "/");
		while (roots.hasMoreElements()) {
			URL root = roots.nextElement();
			if ("file".equals(root.getProtocol())) {
				try {
					entries.addAll(listDirectory(Path.of(root.toURI())));
				}
				catch (URISyntaxException ex) {
					throw new IOException("Bad folder URL " + root, ex);
				}
			}
			else if (root.openConnection() instanceof JarURLConnection connection) {
				entries.addAll(listJar(connection));
			}
			else {
				return listWithResolver(path, classLoader);
			}
		}
		return entries;
	}

	private static List<FolderEntry> listJar(JarURLConnection connection) throws IOException {
		JarFile jar = connection.getJarFile();
		String prefix = connection.getEntryName();
		prefix = prefix.endsWith("/") ? prefix : prefix + "/";
		List<FolderEntry> entries = new ArrayList<>();
		Enumeration<JarEntry> all = jar.entries();
		while (all.hasMoreElements()) {
			JarEntry entry = all.nextElement();
			String name = entry.getName();
			if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
				entries.add(new FolderEntry(name.substring(prefix.length()), jar.getName() + "!/" + name, () -> {
					try (InputStream input = jar.getInputStream(entry)) {
						return input.readAllBytes();
					}
				}));
			}
		}
		return entries;
	}

	private static List<FolderEntry> listWithResolver(String path, ClassLoader classLoader) throws IOException {
		List<FolderEntry> entries = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:" + path + "/*")) {
			String name = resource.getFilename();
			if (name != null && !name.isEmpty() && resource.isReadable()) {
				entries.add(new FolderEntry(name, resource.getDescription(), () -> {
					try (InputStream input = resource.getInputStream()) {
						return input.readAllBytes();
					}
				}));
			}
		}
		return entries;
	}

}

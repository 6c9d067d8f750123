package dev.migrate.core.repository;

import java.io.EOFException;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A repository's location, and the files of one of its folders, on the file system or on the classpath.
 * A location is one folder, named with Spring's resource prefixes. Listing runs on
 * every application start, so it reads directories and jars directly and falls back to Spring's pattern
 * resolver only for other kinds of URL. A directory is listed by name alone, without a look at each
 * file (a system call per file, which costs more than the listing). Like Spring's {@code classpath*:},
 * it finds a folder inside a jar only when the jar has directory entries, as jars built by Maven,
 * Gradle and Spring Boot do.
 */
final class Folders {

	private Folders() {
	}

	/**
	 * A repository location as one folder resource: {@code classpath*:} is read as {@code classpath:}, a path
	 * without a prefix (a Windows path too) as a file path, and trailing slashes are dropped.
	 */
	static String folder(String location) {
		String trimmed = stripTrailingSlash(location);
		if (trimmed.startsWith("classpath*:")) {
			return "classpath:" + trimmed.substring("classpath*:".length());
		}
		return trimmed.contains(":") && !isWindowsPath(trimmed) ? trimmed : "file:" + trimmed;
	}

	private static boolean isWindowsPath(String location) {
		return location.length() > 2 && Character.isLetter(location.charAt(0)) && location.charAt(1) == ':'
				&& (location.charAt(2) == '\\' || location.charAt(2) == '/');
	}

	private static String stripTrailingSlash(String location) {
		String trimmed = location.strip();
		while (trimmed.endsWith("/") && trimmed.length() > 1 && !trimmed.endsWith(":/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	/**
	 * What stands at a location that is not a folder, for messages.
	 * @param location the location as configured
	 * @param kind what {@link #kind} found there: a file, or nothing
	 */
	static String describe(String location, Kind kind) {
		if (kind == Kind.FILE) {
			return "the location " + location + " is a file, not a folder: point it at the folder that holds "
					+ "versions/ (and migrate.cfg)";
		}
		return "the location " + location + " does not exist" + (folder(location).startsWith("classpath:")
				? " on the classpath" : "");
	}

	/** What a location that finds nothing was probably meant to say; empty when it says nothing odd. */
	static String hints(String location) {
		if (location.contains(",")) {
			return " (a location is one folder: '" + location + "' was read as one path, not as a list)";
		}
		if (location.contains("{")) {
			return " ('{...}' is taken literally: Migrate needs no '{vendor}' placeholder, since each script names its "
					+ "dialect: 001_x_postgresql_upgrade.sql beside 001_x_default_upgrade.sql)";
		}
		return "";
	}

	/**
	 * The files directly in a folder, in no particular order. Those of a directory include its
	 * subfolders (see {@link FolderEntry#isFolder()}); those of a jar do not.
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
		return listDirectory(file(location));
	}

	/** What stands at a location: a folder, a file, or nothing. */
	static Kind kind(String location, ClassLoader classLoader) throws IOException {
		if (location.startsWith("classpath*:") || location.startsWith("classpath:")) {
			String path = location.substring(location.indexOf(':') + 1);
			while (path.startsWith("/")) {
				path = path.substring(1);
			}
			if (path.isEmpty()) {
				return Kind.FOLDER;
			}
			Enumeration<URL> roots = classLoader.getResources(path + "/");
			while (roots.hasMoreElements()) {
				if (isFolder(roots.nextElement())) {
					return Kind.FOLDER;
				}
			}
			return (classLoader.getResource(path) != null) ? Kind.FILE : Kind.MISSING;
		}
		File file = file(location);
		return file.isDirectory() ? Kind.FOLDER : file.exists() ? Kind.FILE : Kind.MISSING;
	}

	/** A file URL names a folder only if it is a directory (a class loader finds "file.sql/" too). */
	private static boolean isFolder(URL url) throws IOException {
		if (!"file".equals(url.getProtocol())) {
			return true;
		}
		try {
			return new File(url.toURI()).isDirectory();
		}
		catch (URISyntaxException ex) {
			throw new IOException("Bad folder URL " + url, ex);
		}
	}

	/** What stands at a location. */
	enum Kind {

		FOLDER, FILE, MISSING

	}

	private static File file(String location) {
		return new File(location.startsWith("file:") ? location.substring("file:".length()) : location);
	}

	private static List<FolderEntry> listDirectory(File directory) throws IOException {
		String[] names = directory.list();
		if (names == null) {
			if (directory.isDirectory()) {
				throw new IOException(directory + " is not readable");
			}
			return new ArrayList<>();
		}
		Directory source = new Directory(directory);
		List<FolderEntry> entries = new ArrayList<>(names.length);
		for (String name : names) {
			entries.add(new FolderEntry(name, source));
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
					entries.addAll(listDirectory(new File(root.toURI())));
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
		JarFolder source = new JarFolder(jar, prefix);
		List<FolderEntry> entries = new ArrayList<>();
		Enumeration<JarEntry> all = jar.entries();
		while (all.hasMoreElements()) {
			JarEntry entry = all.nextElement();
			String name = entry.getName();
			if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
				entries.add(new FolderEntry(name.substring(prefix.length()), source));
			}
		}
		return entries;
	}

	private static List<FolderEntry> listWithResolver(String path, ClassLoader classLoader) throws IOException {
		List<FolderEntry> entries = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:" + path + "/*")) {
			String name = resource.getFilename();
			if (name != null && !name.isEmpty() && resource.isReadable()) {
				entries.add(new FolderEntry(name, new OneResource(resource)));
			}
		}
		return entries;
	}

	/** The files of a directory, each read into an array of its size. */
	private record Directory(File directory) implements FolderEntry.Source {

		@Override
		public String where(String name) {
			return new File(this.directory, name).getPath();
		}

		@Override
		public boolean isFolder(String name) {
			return new File(this.directory, name).isDirectory();
		}

		@Override
		public byte[] read(String name) throws IOException {
			File file = new File(this.directory, name);
			try (RandomAccessFile input = new RandomAccessFile(file, "r")) {
				long length = input.length();
				if (length > Integer.MAX_VALUE - 8) {
					throw new IOException("it is larger than 2 GB");
				}
				byte[] bytes = new byte[(int) length];
				input.readFully(bytes);
				return bytes;
			}
			catch (EOFException ex) {
				throw new IOException("it was shortened while it was read", ex);
			}
			catch (FileNotFoundException ex) {
				throw file.isDirectory() ? new FileNotFoundException("it is a folder, not a file") : ex;
			}
		}

	}

	/** The files of a folder inside a jar. */
	private record JarFolder(JarFile jar, String prefix) implements FolderEntry.Source {

		@Override
		public String where(String name) {
			return this.jar.getName() + "!/" + this.prefix + name;
		}

		@Override
		public boolean isFolder(String name) {
			return false;
		}

		@Override
		public byte[] read(String name) throws IOException {
			JarEntry entry = this.jar.getJarEntry(this.prefix + name);
			if (entry == null) {
				throw new FileNotFoundException("the jar has no entry " + this.prefix + name);
			}
			try (InputStream input = this.jar.getInputStream(entry)) {
				return input.readAllBytes();
			}
		}

	}

	/** A file found by Spring's pattern resolver, the one file of its source. */
	private record OneResource(Resource resource) implements FolderEntry.Source {

		@Override
		public String where(String name) {
			return this.resource.getDescription();
		}

		@Override
		public boolean isFolder(String name) {
			return false;
		}

		@Override
		public byte[] read(String name) throws IOException {
			try (InputStream input = this.resource.getInputStream()) {
				return input.readAllBytes();
			}
		}

	}

}

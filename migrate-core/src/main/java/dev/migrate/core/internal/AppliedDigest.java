package dev.migrate.core.internal;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import dev.migrate.core.repository.Repository;
import org.jspecify.annotations.Nullable;

/**
 * One value for every checksum a database has applied: what lets a start with nothing pending validate
 * a thousand changesets against one history row instead of reading the whole history.
 *
 * <p>Each applied version adds a 64-bit hash of its number and checksum; the digest is their sum. A sum
 * can take a version out again, so an upgrade, a downgrade and a repair each change it in constant time.
 * Every history row that moves the database records the digest it leaves. The digest of the repository's
 * own checksums for versions 1 to the db version equals the last row's exactly when the two agree
 * (barring a 64-bit collision); when it does not, validation falls back to the whole history, which says
 * which version differs. Versions that were stamped rather than run count with the repository's checksum
 * of the time, so they match while their scripts are unchanged.
 */
final class AppliedDigest {

	private static final HexFormat HEX = HexFormat.of();

	private final Map<Integer, String> checksums = new HashMap<>();

	private long sum;

	private AppliedDigest() {
	}

	/** The digest of a database's recorded state: the recorded checksum of each version up to its version. */
	static AppliedDigest of(DatabaseState state, Repository repository) {
		AppliedDigest digest = new AppliedDigest();
		int dbVersion = (state.dbVersion() != null) ? state.dbVersion() : 0;
		for (int version = 1; version <= dbVersion; version++) {
			String recorded = state.recordedChecksum(version);
			digest.apply(version, (recorded != null || version > repository.version()) ? recorded
					: repository.changeset(version).checksum());
		}
		return digest;
	}

	/** The digest of the repository's own checksums for versions 1 to {@code version}. */
	static String of(Repository repository, int version) {
		long sum = 0;
		for (int v = 1; v <= Math.min(version, repository.version()); v++) {
			sum += term(v, repository.changeset(v).checksum());
		}
		return (version > repository.version()) ? "" : HEX.toHexDigits(sum);
	}

	/** The digest after {@code version} is applied with {@code checksum}, without changing this one. */
	String valueWith(int version, @Nullable String checksum) {
		return HEX.toHexDigits(this.sum - current(version) + term(version, checksum));
	}

	/** The digest after {@code version} is taken out (downgraded), without changing this one. */
	String valueWithout(int version) {
		return HEX.toHexDigits(this.sum - current(version));
	}

	/** Records that {@code version} is applied with {@code checksum} (an upgrade, a stamp or a repair). */
	void apply(int version, @Nullable String checksum) {
		this.sum += term(version, checksum) - current(version);
		this.checksums.put(version, (checksum != null) ? checksum : "");
	}

	/** Records that {@code version} is no longer applied (a downgrade). */
	void remove(int version) {
		this.sum -= current(version);
		this.checksums.remove(version);
	}

	/** The digest as recorded in the history. */
	String value() {
		return HEX.toHexDigits(this.sum);
	}

	private long current(int version) {
		String checksum = this.checksums.get(version);
		return (checksum != null) ? term(version, checksum) : 0;
	}

	/** FNV-1a over the version and the checksum's characters, spread by a 64-bit finalizer. */
	private static long term(int version, @Nullable String checksum) {
		long hash = 0xcbf29ce484222325L ^ version;
		hash *= 0x100000001b3L;
		if (checksum != null) {
			for (int i = 0; i < checksum.length(); i++) {
				hash = (hash ^ checksum.charAt(i)) * 0x100000001b3L;
			}
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}

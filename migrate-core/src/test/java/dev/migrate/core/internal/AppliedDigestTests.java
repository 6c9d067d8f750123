package dev.migrate.core.internal;

import java.nio.file.Path;
import java.util.List;

import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.RepositoryLoader;
import dev.migrate.core.testing.ScriptFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest that lets the startup check validate every applied checksum with one history row. */
class AppliedDigestTests {

	@TempDir
	Path root;

	Repository repository;

	@BeforeEach
	void loadRepository() {
		new ScriptFolder(this.root).tables(3);
		this.repository = new RepositoryLoader("file:" + this.root, "postgresql", "", List.of(), null).load();
	}

	@Test
	void upgradesAndDowngradesMoveTheDigestAsTheRepositoryComputesIt() {
		AppliedDigest digest = AppliedDigest.of(new DatabaseState(0, List.of()), this.repository);
		assertThat(digest.value()).isEqualTo(AppliedDigest.of(this.repository, 0)).isEqualTo("0000000000000000");
		for (int version = 1; version <= 3; version++) {
			String preview = digest.valueWith(version, checksum(version));
			digest.apply(version, checksum(version));
			assertThat(digest.value()).isEqualTo(preview).isEqualTo(AppliedDigest.of(this.repository, version));
		}
		assertThat(digest.valueWithout(3)).isEqualTo(AppliedDigest.of(this.repository, 2));
		assertThat(digest.value()).isEqualTo(AppliedDigest.of(this.repository, 3));
		digest.remove(3);
		digest.remove(2);
		assertThat(digest.value()).isEqualTo(AppliedDigest.of(this.repository, 1));
	}

	@Test
	void aChangedChecksumOrAnotherVersionChangesTheDigest() {
		AppliedDigest digest = AppliedDigest.of(new DatabaseState(0, List.of()), this.repository);
		digest.apply(1, checksum(1));
		digest.apply(2, checksum(2));
		String applied = digest.value();
		assertThat(digest.valueWith(2, "00000000")).isNotEqualTo(applied);
		assertThat(digest.valueWith(3, checksum(2))).isNotEqualTo(AppliedDigest.of(this.repository, 3));
		digest.apply(2, "00000000");
		digest.apply(2, checksum(2));
		assertThat(digest.value()).isEqualTo(applied);
	}

	@Test
	void readsRecordedChecksumsAndCountsStampedVersionsWithTheRepositorysOwn() {
		List<HistoryEntry> history = List.of(entry(1, Direction.STAMP, null), entry(2, Direction.UPGRADE, checksum(2)),
				entry(3, Direction.UPGRADE, "0badf00d"), entry(3, Direction.DOWNGRADE, checksum(3)));
		AppliedDigest digest = AppliedDigest.of(new DatabaseState(2, history), this.repository);
		assertThat(digest.value()).isEqualTo(AppliedDigest.of(this.repository, 2));
		AppliedDigest edited = AppliedDigest.of(new DatabaseState(2, List.of(entry(2, Direction.UPGRADE, "0badf00d"))),
				this.repository);
		assertThat(edited.value()).isNotEqualTo(AppliedDigest.of(this.repository, 2));
	}

	@Test
	void aDatabaseBeyondTheRepositoryNeverMatches() {
		assertThat(AppliedDigest.of(this.repository, 4)).isEmpty();
	}

	private String checksum(int version) {
		return this.repository.changeset(version).checksum();
	}

	private static HistoryEntry entry(int version, Direction direction, String checksum) {
		return new HistoryEntry(0, version, "t" + version, ChangesetType.SQL, direction, checksum, true, "test", null, 0L,
				null, null);
	}

}

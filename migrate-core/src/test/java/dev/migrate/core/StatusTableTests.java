package dev.migrate.core;

import java.time.Instant;
import java.util.List;

import dev.migrate.core.repository.ChangesetType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTableTests {

	@Test
	void showsTheRepositoryAboveOneAlignedRowPerChangeset() {
		RepositoryStatus status = new RepositoryStatus("cms", 3, 2, false, List.of(
				new ChangesetStatus(1, "add ctime to page", ChangesetType.JAVA, ChangesetState.APPLIED, null, null, "app",
						Instant.parse("2026-11-25T13:28:16.559Z"), 12L),
				new ChangesetStatus(2, "tags", ChangesetType.SQL, ChangesetState.APPLIED, "ab", false, "app",
						Instant.parse("2026-11-25T13:28:17Z"), 3L),
				new ChangesetStatus(3, "drop actor", ChangesetType.SQL, ChangesetState.PENDING, "cd", null, null, null,
						null)));
		assertThat(StatusTable.of(status)).isEqualTo("""
				Repository 'cms'
				  db version: 2
				  version:    3
				  dirty:      no

				  version  description        type  state                            applied at
				  -------  -----------------  ----  -------------------------------  -----------------------
				        1  add ctime to page  JAVA  APPLIED                          2026-11-25 13:28:16 UTC
				        2  tags               SQL   APPLIED (changed since applied)  2026-11-25 13:28:17 UTC
				        3  drop actor         SQL   PENDING
				""");
	}

	@Test
	void saysOfEachFutureVersionWhetherItsDowngradeIsRecorded() {
		RepositoryStatus status = new RepositoryStatus("cms", 1, 3, false, List.of(
				new ChangesetStatus(1, "tags", ChangesetType.SQL, ChangesetState.APPLIED, "ab", true, "app",
						Instant.parse("2026-11-25T13:28:17Z"), 3L),
				new ChangesetStatus(2, "add tag table", ChangesetType.JAVA, ChangesetState.FUTURE, null, null, "app",
						Instant.parse("2026-11-26T08:00:00Z"), 5L, true),
				new ChangesetStatus(3, "fill tags", ChangesetType.JAVA, ChangesetState.FUTURE, null, null, "app",
						Instant.parse("2026-11-26T08:00:01Z"), 5L, false)));
		assertThat(StatusTable.of(status)).isEqualTo("""
				Repository 'cms'
				  db version: 3
				  version:    1
				  dirty:      no

				  version  description    type  state                           applied at
				  -------  -------------  ----  ------------------------------  -----------------------
				        1  tags           SQL   APPLIED                         2026-11-25 13:28:17 UTC
				        2  add tag table  JAVA  FUTURE (downgrade recorded)     2026-11-26 08:00:00 UTC
				        3  fill tags      JAVA  FUTURE (no downgrade recorded)  2026-11-26 08:00:01 UTC
				""");
		assertThat(status.future()).containsExactly(2, 3);
	}

	@Test
	void saysWhenTheDatabaseIsNotUnderVersionControlOrDirty() {
		RepositoryStatus status = new RepositoryStatus("migrate", 0, null, true, List.of());
		assertThat(StatusTable.of(status)).isEqualTo("""
				Repository 'migrate'
				  db version: none (not under version control)
				  version:    0
				  dirty:      yes: a changeset failed part-way, see FAILED below
				  (the repository has no changesets)
				""");
	}

}

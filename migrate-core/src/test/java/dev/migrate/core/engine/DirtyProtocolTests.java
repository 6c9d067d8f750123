package dev.migrate.core.engine;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.ChangesetState;
import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** On databases whose DDL commits as it runs, a failed changeset leaves the repository dirty until repaired. */
public abstract class DirtyProtocolTests extends EngineCase {

	@Test
	void failedChangesetLeavesTheRepositoryDirtyUntilRepaired() {
		this.folder.tables(1)
			.version(2, "half", "CREATE TABLE first_half (id INTEGER);\nCREATE TABLE t1 (id INTEGER);",
					"DROP TABLE first_half;");
		Migrate migrate = migrate();
		assertThatExceptionOfType(ChangesetFailedException.class).isThrownBy(migrate::upgrade)
			.satisfies((ex) -> {
				assertThat(ex.dirty()).isTrue();
				assertThat(ex.line()).isEqualTo(2);
			})
			.withMessageContaining("the repository is now dirty: check the schema, undo what this changeset applied, "
					+ "then run repair");
		assertThat(tables()).contains("first_half");
		RepositoryStatus status = migrate.status();
		assertThat(status.dirty()).isTrue();
		assertThat(status.dbVersion()).isEqualTo(1);
		assertThat(status.changesets().get(1).state()).isEqualTo(ChangesetState.FAILED);
		assertThatExceptionOfType(DirtyRepositoryException.class).isThrownBy(migrate::upgrade)
			.withMessageContaining("Repository 'test_repository' is dirty: the upgrade of version 2 (half) failed part-way")
			.withMessageContaining("then run repair");
		assertThatExceptionOfType(DirtyRepositoryException.class).isThrownBy(() -> migrate.downgrade(0));
		assertThatExceptionOfType(DirtyRepositoryException.class).isThrownBy(migrate::validate);
		assertThatExceptionOfType(DirtyRepositoryException.class).isThrownBy(migrate::test);

		this.database.execute("DROP TABLE first_half");
		this.folder.version(2, "half", "CREATE TABLE first_half (id INTEGER);\nCREATE TABLE second_half (id INTEGER);",
				"DROP TABLE second_half;\nDROP TABLE first_half;");
		assertThat(migrate.repair().clearedFailedVersion()).isEqualTo(2);
		assertThat(migrate.status().dirty()).isFalse();
		assertThat(migrate.upgrade().toVersion()).isEqualTo(2);
		assertThat(tables()).contains("first_half", "second_half");
		assertThat(history()).containsExactly("0 stamp BASELINE true", "1 upgrade SQL true", "2 upgrade SQL false",
				"2 repair SQL true", "2 upgrade SQL true");
	}

}

package dev.migrate.core;

import java.time.Duration;
import java.util.List;

import dev.migrate.core.ValidationResult.ChecksumMismatch;
import dev.migrate.core.repository.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failure that advises parts its advice out, so that a failure analyzer or a tool reports it in
 * its own words without restating it: the advice is the message's own text, and the problem is the rest.
 */
class MigrateExceptionAdviceTests {

	@Test
	void everyAdvisingFailurePartsOutItsAdvice() {
		List<MigrateException> failures = List.of(new DirtyRepositoryException("cms", 3, Direction.UPGRADE, "add tags"),
				new ChecksumMismatchException(List.of(new ChecksumMismatch(2, "002_x_default_upgrade.sql", "a", "b"))),
				new NotUnderVersionControlException("cms", "migrate_version"),
				new NonEmptySchemaException("cms", "public", List.of("page"), 0), new DatabaseNewerException("cms", 5, 3),
				new DatabaseNewerException("cms", 5, 3, Direction.DOWNGRADE), new DatabaseNewerException("cms", 5, 0),
				new AlreadyUnderVersionControlException("cms", 2),
				new DowngradeNotRecordedException("cms", 5, 3,
						List.of(new DowngradeNotRecordedException.Gap(5, "add tags", "its upgrade is marked irreversible"))),
				new ChangesetFailedException(3, Direction.UPGRADE, "003_x_default_upgrade.sql", 1, "SELECT 1", "boom", true,
						null),
				new ChangesetFailedException(3, Direction.UPGRADE, "003_x_default_upgrade.sql", 1, "SELECT 1", "boom", false,
						true, "Grant the user the right.", null),
				new IrreversibleChangesetException(3, "003_x_default_upgrade.sql", 1),
				new LockTimeoutException("cms", Duration.ofSeconds(60)),
				new ConnectionFailedException("jdbc:h2:mem:x", new java.sql.SQLException("refused")));
		for (MigrateException failure : failures) {
			assertThat(failure.advice()).as("the advice of %s", failure).isNotBlank();
			assertThat(failure.getMessage()).contains(failure.advice());
			assertThat(failure.problem()).as("the problem of %s", failure)
				.isNotBlank()
				.doesNotContain(failure.advice());
		}
	}

	@Test
	void theProblemIsTheMessageWithoutItsAdvice() {
		LockTimeoutException failure = new LockTimeoutException("cms", Duration.ofSeconds(60));
		assertThat(failure.problem())
			.isEqualTo("Another instance held the migration lock of repository 'cms' for more than 60000 ms.");
		ConnectionFailedException connection = new ConnectionFailedException("jdbc:h2:mem:x",
				new java.sql.SQLException("refused"));
		assertThat(connection.problem()).isEqualTo("Could not connect to jdbc:h2:mem:x: refused. Nothing was run.");
		assertThat(connection.advice())
			.isEqualTo("Check that the database runs and accepts connections from here, and its URL, user and password.");
	}

	@Test
	void aFailureWithoutAdviceIsItsMessage() {
		MigrateException failure = new MigrateException("Something failed. Do this.");
		assertThat(failure.advice()).isNull();
		assertThat(failure.problem()).isEqualTo("Something failed. Do this.");
	}

}

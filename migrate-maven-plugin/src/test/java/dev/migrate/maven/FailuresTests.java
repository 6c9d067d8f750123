package dev.migrate.maven;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.migrate.core.ConnectionFailedException;
import dev.migrate.core.MigrateException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failure says: the engine's message, or the URL without credentials and the driver's reason. */
class FailuresTests {

	@Test
	void anEngineFailureKeepsTheEnginesMessageAndCause() {
		MigrateException ex = new MigrateException("Version 2 failed: fix 002_x_default_upgrade.sql");
		Exception failure = Failures.of(ex, secrets());
		assertThat(failure).isInstanceOf(MojoFailureException.class)
			.hasMessage("Version 2 failed: fix 002_x_default_upgrade.sql")
			.hasCause(ex);
	}

	@Test
	void aConnectionFailureNamesTheUrlWithoutCredentialsAndTheDriversReason() {
		SQLException driver = new SQLException("Access denied for user 'root' (using password: YES)\n  more detail");
		MigrateException ex = new ConnectionFailedException("jdbc:mariadb://root:hunter2@db/app", driver);
		Exception failure = Failures.of(ex, secrets("hunter2"));
		assertThat(failure).isInstanceOf(MojoFailureException.class)
			.hasMessage("Could not connect to jdbc:mariadb://root:***@db/app: Access denied for user 'root' (using "
					+ "password: YES). Check that the database runs and accepts connections from here, and its URL, user "
					+ "and password. Nothing was run.");
	}

	@Test
	void noMessageShowsAPassword() {
		Exception failure = Failures.of(new IllegalStateException("password hunter2 leaked"), secrets("hunter2", null));
		assertThat(failure).isInstanceOf(MojoExecutionException.class);
		assertThat(failure.getMessage()).doesNotContain("hunter2").contains("******");
	}

	private static List<@Nullable String> secrets(@Nullable String... secrets) {
		return Arrays.asList(secrets);
	}

}

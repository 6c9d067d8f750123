package dev.migrate.core.engine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.JavaChangeset;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Waiting for another instance's lock is bounded by the lock timeout, on every database. */
public abstract class LockTimeoutContractTests {

	private TestDatabase database;

	/** A fresh database for this test; closing it drops it. */
	protected abstract TestDatabase createDatabase();

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void waitingForTheLockEndsWithAClearError() throws Exception {
		this.database = createDatabase();
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		JavaChangeset slow = new V001_Slow(running, release);
		MigrateConfig config = MigrateConfig.builder()
			.dataSource(this.database.dataSource())
			.location("classpath:no/such/repository")
			.javaPackage("")
			.javaChangesets(List.of(slow))
			.build();
		CompletableFuture<MigrationResult> holder = CompletableFuture.supplyAsync(() -> new Migrate(config).upgrade());
		try {
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			Migrate impatient = new Migrate(config.toBuilder().lockTimeout(Duration.ofMillis(300)).build());
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(impatient::upgrade)
				.withMessageContaining("Another instance held the migration lock of repository 'migrate' for more than")
				.withMessageContaining("migrate.lock-timeout");
		}
		finally {
			release.countDown();
		}
		assertThat(holder.get(30, TimeUnit.SECONDS).toVersion()).isEqualTo(1);
	}

	/** A changeset that holds the lock until it is released. */
	static final class V001_Slow implements JavaChangeset {

		private final CountDownLatch running;

		private final CountDownLatch release;

		V001_Slow(CountDownLatch running, CountDownLatch release) {
			this.running = running;
			this.release = release;
		}

		@Override
		public void upgrade(ChangesetContext context) throws Exception {
			this.running.countDown();
			this.release.await(30, TimeUnit.SECONDS);
		}

		@Override
		public void downgrade(ChangesetContext context) {
		}

	}

}

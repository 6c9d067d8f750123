package dev.migrate.core.engine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrationResult;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for another instance's lock is said in the log every few seconds (on every database: {@link LockTimeoutContractTests}). */
class LockTimeoutTests {

	private TestDatabase database;

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aWaitForAnotherInstancesLockIsSaidEveryFewSeconds() throws Exception {
		this.database = H2ContractTests.database(getClass());
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		MigrateConfig config = MigrateConfig.builder()
			.dataSource(this.database.dataSource())
			.location("classpath:no/such/repository")
			.javaPackage("")
			.javaChangesets(List.of(new LockTimeoutContractTests.V001_Slow(running, release)))
			.build();
		CompletableFuture<MigrationResult> holder = CompletableFuture.supplyAsync(() -> new Migrate(config).upgrade());
		try (Logs logs = Logs.capture()) {
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<MigrationResult> waiter = CompletableFuture
				.supplyAsync(() -> new Migrate(config.toBuilder().lockTimeout(Duration.ofSeconds(30)).build()).upgrade());
			for (int attempt = 0; attempt < 100 && logs.lines().stream().noneMatch((line) -> line.contains("Waiting")); attempt++) {
				Thread.sleep(100);
			}
			release.countDown();
			assertThat(waiter.get(30, TimeUnit.SECONDS).changed()).isFalse();
			assertThat(logs.lines()).anySatisfy((line) -> assertThat(line).startsWith("INFO Waiting for the migration lock "
					+ "of repository 'migrate': another instance holds it, probably migrating (5 s so far, giving up after 30 s)"));
		}
		finally {
			release.countDown();
		}
		assertThat(holder.get(30, TimeUnit.SECONDS).toVersion()).isEqualTo(1);
	}

}

package dev.migrate.core.dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What SQLite's dialect does without the engine: detection, its lock, its schemas, its error lines. */
class SqliteDialectTests {

	@TempDir
	Path folder;

	private final SqliteDialect dialect = new SqliteDialect();

	@Test
	void aSqliteConnectionIsDetectedAndTheNameFindsTheDialect() throws SQLException {
		try (Connection connection = file("app")) {
			assertThat(Dialects.detect(connection)).isInstanceOf(SqliteDialect.class);
		}
		assertThat(Dialects.byName("SQLite")).isInstanceOf(SqliteDialect.class);
		assertThat(Dialects.names()).contains("sqlite");
	}

	@Test
	void theLockOfAFileIsHeldInAFileBesideItAndExcludesAnotherThreadUntilLetGo() throws Exception {
		try (Connection holder = file("app"); Connection other = file("app")) {
			assertThat(this.dialect.lock(holder, "migrate:main.migrate_version:app", Duration.ZERO)).isTrue();
			assertThat(this.folder.resolve("app.db.migrate-lock")).exists();
			assertThat(lockFromAnotherThread(other, "migrate:main.migrate_version:app")).isFalse();
			assertThat(lockFromAnotherThread(other, "migrate:main.migrate_version:other_repository")).isTrue();
			this.dialect.unlock(holder, "migrate:main.migrate_version:app");
			assertThat(lockFromAnotherThread(other, "migrate:main.migrate_version:app")).isTrue();
		}
	}

	@Test
	void theThreadThatHoldsTheLockTakesItAgainAndHoldsItUntilLetGoAsOften() throws Exception {
		try (Connection holder = file("app"); Connection other = file("app")) {
			assertThat(this.dialect.lock(holder, "migrate:app", Duration.ZERO)).isTrue();
			assertThat(this.dialect.lock(holder, "migrate:app", Duration.ZERO)).isTrue();
			this.dialect.unlock(holder, "migrate:app");
			assertThat(lockFromAnotherThread(other, "migrate:app")).isFalse();
			this.dialect.unlock(holder, "migrate:app");
			assertThat(lockFromAnotherThread(other, "migrate:app")).isTrue();
		}
	}

	@Test
	void theLockOfAnInMemoryDatabaseIsHeldInTheJvm() throws Exception {
		String url = "jdbc:sqlite:file:locks?mode=memory&cache=shared";
		try (Connection holder = DriverManager.getConnection(url); Connection other = DriverManager.getConnection(url)) {
			assertThat(this.dialect.lock(holder, "migrate:main.migrate_version:app", Duration.ZERO)).isTrue();
			assertThat(lockFromAnotherThread(other, "migrate:main.migrate_version:app")).isFalse();
			this.dialect.unlock(holder, "migrate:main.migrate_version:app");
			assertThat(lockFromAnotherThread(other, "migrate:main.migrate_version:app")).isTrue();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).as("files of an in-memory database's lock").isEmpty();
		}
	}

	@Test
	void aSchemaIsADatabaseFileBesideTheMainOne() throws SQLException {
		try (Connection connection = file("app")) {
			assertThat(this.dialect.currentSchema(connection)).isEqualTo("main");
			assertThat(this.dialect.schemaExists(connection, "main")).isTrue();
			assertThat(this.dialect.schemaExists(connection, "scratch")).isFalse();
			this.dialect.createSchema(connection, "scratch");
			assertThat(this.folder.resolve("scratch.db")).exists();
			assertThat(this.dialect.schemaExists(connection, "scratch")).isTrue();
			this.dialect.dropSchema(connection, "scratch");
			assertThat(this.folder.resolve("scratch.db")).doesNotExist();
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> this.dialect.useSchema(connection, "scratch"))
				.withMessageContaining("they always resolve to 'main'");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> this.dialect.dropSchema(connection, "main"))
				.withMessageContaining("cannot be dropped");
		}
		try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> this.dialect.createSchema(memory, "scratch"))
				.withMessageContaining("needs a database file")
				.withMessageContaining("run the round trip in place (test())");
		}
	}

	@Test
	void aSyntaxErrorIsPlacedAtTheLineOfTheTokenItIsNear() {
		SQLException error = new SQLException("[SQLITE_ERROR] SQL error or missing database (near \"FROM\": syntax error)");
		assertThat(this.dialect.errorLineOffset(error, "SELECT id,\n  FROM t1")).isEqualTo(1);
		assertThat(this.dialect.errorLineOffset(new SQLException("no such table: t"), "SELECT 1")).isEqualTo(-1);
	}

	private Connection file(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:sqlite:" + this.folder.resolve(name + ".db"));
	}

	private boolean lockFromAnotherThread(Connection connection, String lockName) throws Exception {
		return CompletableFuture.supplyAsync(() -> {
			try {
				boolean locked = this.dialect.lock(connection, lockName, Duration.ofMillis(100));
				if (locked) {
					this.dialect.unlock(connection, lockName);
				}
				return locked;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}).get(10, TimeUnit.SECONDS);
	}

}

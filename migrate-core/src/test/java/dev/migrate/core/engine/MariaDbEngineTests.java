package dev.migrate.core.engine;

import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbEngineTests extends DirtyProtocolTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

	@Test
	void runsAProcedureDefinedWithDelimiter() {
		this.folder.tables(1).version(2, "add procedure", """
				DELIMITER $$
				CREATE PROCEDURE add_row(IN n INTEGER)
				BEGIN
				    INSERT INTO t1 (id) VALUES (n);
				    INSERT INTO t1 (id) VALUES (n + 1);
				END $$
				DELIMITER ;
				CALL add_row(10);
				""", "DROP PROCEDURE add_row;\nDELETE FROM t1;");
		migrate().upgrade();
		assertThat(count("t1")).isEqualTo(2);
		migrate().downgrade(1);
		assertThat(count("t1")).isZero();
	}

	@Test
	void aFirstStartMakesTheDriverLogNoWarning() {
		this.folder.tables(2);
		try (Logs logs = Logs.capture("org.mariadb")) {
			migrate().upgrade();
			migrate().status();
			migrate().upgrade();
			assertThat(logs.lines()).noneMatch((line) -> line.startsWith("WARN") || line.startsWith("ERROR"));
		}
		assertThat(migrate().dbVersion()).isEqualTo(2);
	}

}

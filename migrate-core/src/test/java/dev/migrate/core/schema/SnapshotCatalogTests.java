package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot reads what differs per database from the dialect's catalog, and says what a catalog cannot read. */
class SnapshotCatalogTests {

	private TestDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = H2ContractTests.database(getClass());
		this.database.execute("create table page (id integer primary key, score integer, constraint ck_score check (score >= 0))");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void aSnapshotFromAConnectionAloneReadsThroughItsDialectsCatalog() throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection()) {
			assertThat(SchemaSnapshot.read(connection, null, Set.of()))
				.isEqualTo(SchemaSnapshot.read(connection, Dialects.detect(connection).catalog(), null, Set.of()));
			assertThat(SchemaSnapshot.read(connection, null, Set.of()).table("PAGE").checkConstraints())
				.extracting(CheckConstraintSnapshot::name)
				.containsExactly("CK_SCORE");
		}
	}

	@Test
	void aCatalogThatCannotReadCheckConstraintsSaysSoInsteadOfLeavingThemOutInSilence() throws SQLException {
		SnapshotCatalog jdbcOnly = new SnapshotCatalog() {
		};
		try (Connection connection = this.database.dataSource().getConnection();
				Logs logs = Logs.capture(SnapshotReader.class.getName())) {
			assertThat(SchemaSnapshot.read(connection, jdbcOnly, null, Set.of()).table("PAGE").checkConstraints()).isEmpty();
			assertThat(logs.lines()).anySatisfy((line) -> assertThat(line)
				.startsWith("WARN Snapshots of H2 leave check constraints out: its catalog (")
				.endsWith(") cannot read them, so a round trip does not compare them"));
		}
	}

}

package dev.migrate.core.schema;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The snapshot contract on H2, which stores unquoted names in upper case, and has sequences. */
class H2SchemaSnapshotTests extends SchemaSnapshotContractTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.H2;
	}

	@Override
	protected String name(String identifier) {
		return identifier.toUpperCase(Locale.ROOT);
	}

	@Override
	protected String varcharType() {
		return "character varying";
	}

	@Override
	protected String integerType() {
		return "integer";
	}

	@Override
	protected String decimalType() {
		return "decimal";
	}

	@Test
	void detectsASequenceCreatedChangedAndDroppedButNotItsCurrentValue() throws SQLException {
		assertLifecycle("sequence \"TICKET_SEQ\"", List.of("create sequence ticket_seq"),
				List.of("alter sequence ticket_seq increment by 5 maxvalue 1000 cycle"), List.of("drop sequence ticket_seq"),
				"sequence \"TICKET_SEQ\": increment 1 -> 5", "sequence \"TICKET_SEQ\": max 9223372036854775807 -> 1000",
				"sequence \"TICKET_SEQ\": cycle false -> true");
		SchemaSnapshot before = snapshot();
		this.database.query("select next value for ticket_seq");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void leavesOutTheSequencesOfIdentityColumns() throws SQLException {
		assertThat(snapshotAfter("create table tag (id integer generated always as identity primary key)").objects())
			.extracting(SchemaObjectSnapshot::kind)
			.containsExactly("view");
	}

}

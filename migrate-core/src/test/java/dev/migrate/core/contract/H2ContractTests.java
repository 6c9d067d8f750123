package dev.migrate.core.contract;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.migrate.core.schema.ChangesetApiContractTests;
import dev.migrate.core.schema.SchemaObjectSnapshot;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.SchemaSnapshotContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on H2, in an in-memory database of its own, which stores unquoted names in upper case. */
public class H2ContractTests extends NonTransactionalDdlContract {

	/** A fresh in-memory H2 database, which lives until it is shut down. */
	public static TestDatabase database(Class<?> owner) {
		String name = TestDatabase.uniqueName(owner);
		return new TestDatabase(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC", "h2",
				(database) -> database.execute("SHUTDOWN"));
	}

	@Override
	protected TestDatabase createDatabase(Class<?> owner) {
		return database(owner);
	}

	/** The snapshot contract on H2, which stores unquoted names in upper case, and has sequences. */
	@Nested
	class Snapshot extends SchemaSnapshotContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
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

	/** The changeset API on H2, which stores unquoted names in upper case. */
	@Nested
	class ChangesetApi extends ChangesetApiContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Override
		protected String name(String name) {
			return name.toUpperCase(Locale.ROOT);
		}

	}

}

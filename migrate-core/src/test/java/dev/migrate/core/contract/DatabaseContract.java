package dev.migrate.core.contract;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.catalogue.BadInputCommandTests;
import dev.migrate.core.catalogue.BadInputConfigurationTests;
import dev.migrate.core.catalogue.BadInputDatabaseStateTests;
import dev.migrate.core.catalogue.BadInputRepositoryTests;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.engine.EngineContractTests;
import dev.migrate.core.engine.LockTimeoutContractTests;
import dev.migrate.core.engine.NewerDatabaseContractTests;
import dev.migrate.core.schema.ChangesetApiContractTests;
import dev.migrate.core.schema.SchemaSnapshotContractTests;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything Migrate promises on every database, run together: the engine, its lock, the catalogue of bad
 * input, an older release's downgrade. A database is one subclass, which says how to create a fresh database
 * of its kind ({@link #createDatabase}) and nests the snapshot and changeset API contracts with the few names
 * and types its database reports its own way, beside the tests of what only its database has
 * ({@link #runsTheSnapshotAndChangesetApiContractsToo()} sees that none is left out). It extends this class
 * through {@link TransactionalDdlContract} or {@link NonTransactionalDdlContract}, as its dialect's DDL calls
 * for ({@link #runsTheProtocolItsDdlCallsFor()}).
 */
public abstract class DatabaseContract {

	/** A fresh, empty database (or schema) named after {@code owner}; closing it drops it. */
	protected abstract TestDatabase createDatabase(Class<?> owner);

	/** A fresh database for one test of this class. */
	protected final TestDatabase newDatabase() {
		return createDatabase(getClass());
	}

	@Test
	void runsTheSnapshotAndChangesetApiContractsToo() {
		List<Class<?>> nested = new ArrayList<>();
		for (Class<?> type = getClass(); type != DatabaseContract.class; type = type.getSuperclass()) {
			for (Class<?> member : type.getDeclaredClasses()) {
				if (member.isAnnotationPresent(Nested.class)) {
					nested.add(member);
				}
			}
		}
		assertThat(nested).as("the @Nested classes of " + getClass().getSimpleName())
			.anyMatch(SchemaSnapshotContractTests.class::isAssignableFrom)
			.anyMatch(ChangesetApiContractTests.class::isAssignableFrom);
	}

	@Test
	void runsTheProtocolItsDdlCallsFor() {
		try (TestDatabase database = newDatabase()) {
			boolean transactional = Dialects.byName(database.dialect()).supportsTransactionalDdl();
			assertThat(this).as(getClass().getSimpleName() + " runs the protocol its dialect's DDL calls for")
				.isInstanceOf(transactional ? TransactionalDdlContract.class : NonTransactionalDdlContract.class);
		}
	}

	/** A table the database refuses to create, for a type it does not know (see the engine contract). */
	protected String unknownTypeTable() {
		return "CREATE TABLE broken (id NOSUCHTYPE)";
	}

	/** How a dry run writes a new column with the current time for its default (see the engine contract). */
	protected String addedCtimePattern() {
		return "(?i)ALTER TABLE [\"`]?page[\"`]? ADD";
	}

	@Nested
	class Engine extends EngineContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

		@Override
		protected String unknownTypeTable() {
			return DatabaseContract.this.unknownTypeTable();
		}

		@Override
		protected String addedCtimePattern() {
			return DatabaseContract.this.addedCtimePattern();
		}

	}

	@Nested
	class NewerDatabase extends NewerDatabaseContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class LockTimeout extends LockTimeoutContractTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class BadCommands extends BadInputCommandTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class BadConfiguration extends BadInputConfigurationTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class BadRepository extends BadInputRepositoryTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

	@Nested
	class BadDatabaseState extends BadInputDatabaseStateTests {

		@Override
		protected TestDatabase createDatabase() {
			return newDatabase();
		}

	}

}

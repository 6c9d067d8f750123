package dev.migrate.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.migrate.core.TargetOutcome.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a fleet's result counts and says, and what a fleet refuses, without a database. */
class FleetResultTests {

	private final FleetResult result = new FleetResult("tenants", 3,
			List.of(new TargetOutcome("a", State.MIGRATED, 1, 3, 2, null), TargetOutcome.current("b", 3),
					TargetOutcome.failed("c", 1, new MigrateException("The upgrade of version 2 failed in 002.sql")),
					TargetOutcome.notRun("d"), TargetOutcome.failed("e", null, new MigrateException("The database failed"))),
			Duration.ofMillis(1234));

	@Test
	void countsEveryStateAndTheSchemasOfEachKnownDbVersion() {
		assertThat(this.result.countsByState()).isEqualTo(
				Map.of(State.MIGRATED, 1, State.CURRENT, 1, State.FAILED, 2, State.NOT_RUN, 1));
		assertThat(this.result.countsByVersion()).containsExactly(Map.entry(1, 1), Map.entry(3, 2));
		assertThat(this.result.failures()).extracting(TargetOutcome::schema).containsExactly("c", "e");
		assertThat(this.result.successful()).isFalse();
	}

	@Test
	void saysTheRunInOneLine() {
		assertThat(this.result.summary()).isEqualTo("Fleet of repository 'tenants': 5 schemas, 1 migrated, 1 already "
				+ "current, 2 failed, 1 not run (fail-fast); by db version {1=1, 3=2} (version 3 is the target); in 1234 ms");
	}

	@Test
	void aFleetOfCurrentAndMigratedSchemasIsSuccessful() {
		FleetResult fine = new FleetResult("tenants", 3, List.of(TargetOutcome.current("b", 3)), Duration.ZERO);
		assertThat(fine.successful()).isTrue();
		assertThat(new FleetResult("tenants", 3, List.of(), Duration.ZERO).successful()).isTrue();
	}

	@Test
	void theFailuresMessageListsEachSchemaWithTheVersionItWasLeftAt() {
		assertThat(new FleetFailedException(this.result).getMessage()).startsWith("2 of 5 schemas of the fleet of "
				+ "repository 'tenants' failed to upgrade to version 3:\n- schema 'c' (left at version 1): The upgrade of "
				+ "version 2 failed in 002.sql\n- schema 'e': The database failed\nFleet of repository 'tenants': 5 schemas");
	}

	@Test
	void aFleetRefusesWhatCannotBeASchemaOrAPool() {
		assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> MigrateFleet.of("a-b"))
			.withMessage("fleet.schemas 'a-b' is not a plain SQL name: use letters, digits and '_', starting with a "
					+ "letter, at most 63 characters");
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> MigrateFleet.of("a").withParallelism(0))
			.withMessage("fleet.parallelism must be 1 or more, not 0");
		assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> MigrateFleet.query(" "))
			.withMessageContaining("fleet.query must not be empty");
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> new MigrateFleet(List.of("a"), "SELECT 1", null, false, Duration.ofSeconds(5)))
			.withMessageContaining("fleet.schemas and fleet.query are both set");
	}

}

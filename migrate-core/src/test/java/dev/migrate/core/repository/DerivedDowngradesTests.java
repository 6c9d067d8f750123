package dev.migrate.core.repository;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.Schema;
import dev.migrate.core.schema.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedDowngradesTests {

	@Test
	void aChangesetWhoseChangesCanBeReversedPassesForEachDialect() {
		for (String dialect : List.of("postgresql", "mysql", "mariadb", "h2")) {
			List<String> problems = new ArrayList<>();
			assertThat(new DerivedDowngrades(dialect).check(new V001_AddCtime(), 1, problems)).as(dialect).isTrue();
			assertThat(problems).as(dialect).isEmpty();
		}
	}

	@Test
	void aNameThatIsNoDialectsIsReportedInsteadOfCheckingAsAnotherDatabase() {
		List<String> problems = new ArrayList<>();
		DerivedDowngrades downgrades = new DerivedDowngrades("default");
		assertThat(downgrades.check(new V001_AddCtime(), 1, problems)).isFalse();
		assertThat(downgrades.check(new V001_AddCtime(), 2, problems)).isFalse();
		assertThat(problems).hasSize(2).allSatisfy((problem) -> assertThat(problem)
			.startsWith(V001_AddCtime.class.getName() + " (version ")
			.contains("): its downgrade is derived by recording change(Schema) in a dialect's DDL, and the repository is "
					+ "loaded for none: ")
			.contains("'default'"));
	}

	static class V001_AddCtime implements ReversibleChangeset {

		@Override
		public void change(Schema schema) {
			schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP));
		}

	}

}

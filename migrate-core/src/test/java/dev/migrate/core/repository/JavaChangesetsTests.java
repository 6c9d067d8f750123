package dev.migrate.core.repository;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.schema.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaChangesetsTests {

	@Test
	void takesClassesNamedLikeJavaChangesets() {
		assertThat(List.of("V001_AddTagTable", "V1_a", "V12_x_y9")).allMatch(JavaChangesets::isJavaChangesetName);
		assertThat(List.of("V001", "V001_", "V_a", "v001_a", "V001a_b", "V001_a-b", "V\u0661_a", "X001_a"))
			.noneMatch(JavaChangesets::isJavaChangesetName);
	}

	@Test
	void withoutDerivedDowngradeChecksAChangesetIsTakenByItsName() {
		JavaChangesets changesets = new JavaChangesets("", List.of(new V005_RawSql()), getClass().getClassLoader());
		List<String> problems = new ArrayList<>();
		assertThat(changesets.read(null, problems)).containsOnlyKeys(5);
		assertThat(problems).isEmpty();
		assertThat(changesets.read(new DerivedDowngrades("h2"), problems)).isEmpty();
		assertThat(problems).containsExactly(V005_RawSql.class.getName() + " (version 5): raw SQL cannot be reversed "
				+ "from what it says: implement downgrade(ChangesetContext)");
	}

	@Test
	void findsTheChangesetsOfAPackageButNotAgainThoseHandedIn() {
		List<String> problems = new ArrayList<>();
		JavaChangesets changesets = new JavaChangesets("dev.migrate.core.repository.scanned",
				List.of(new dev.migrate.core.repository.scanned.V001_AddTagTable()), getClass().getClassLoader());
		assertThat(changesets.read(new DerivedDowngrades("h2"), problems)).containsOnlyKeys(1);
		assertThat(problems).isEmpty();
	}

	static class V005_RawSql implements ReversibleChangeset {

		@Override
		public void change(Schema schema) {
			schema.execute("UPDATE page SET title = 'x'");
		}

	}

}

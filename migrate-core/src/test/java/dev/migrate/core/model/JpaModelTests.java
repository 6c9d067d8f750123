package dev.migrate.core.model;

import java.util.List;
import java.util.Map;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.contract.SqliteContractTests;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How a JPA model is found and built, and what it says when it cannot be. */
class JpaModelTests {

	@Test
	void packagesWithoutEntitiesAreRefusedWithThePackagesNamed() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.testing"), Map.of()))
			.withMessage("No @Entity, @Embeddable or @MappedSuperclass class in the packages [dev.migrate.core.testing] (or "
					+ "their sub-packages) on the class path: name the packages that hold the JPA entities, and compile them first");
	}

	@Test
	void entitiesAreFoundInSubPackagesWithoutLoadingThem() {
		JpaModel model = JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.types"), Map.of());
		assertThat(model.classNames()).containsExactly("dev.migrate.core.model.types.Other",
				"dev.migrate.core.model.types.Place", "dev.migrate.core.model.types.Sample");
	}

	@Test
	void aTableThatNamesTheSchemaReadIsComparedAndOneOfAnotherSchemaIsLeftOutWithAWarning() {
		try (TestDatabase database = H2ContractTests.database(JpaModelTests.class); Logs logs = Logs.capture()) {
			JpaModel model = JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.schemas"),
					Map.of());
			assertThat(migrate(database).diff(model).differences()).singleElement()
				.isInstanceOfSatisfying(TableMissing.class, (missing) -> assertThat(missing.table()).isEqualTo("HERE"));
			assertThat(logs.lines()).contains("WARN The JPA model diff leaves out what the model maps in other schemas or "
					+ "catalogs than the one it reads: [elsewhere.elsewhere]");
		}
	}

	@Test
	void aMappingHibernateRefusesIsReportedWithItsPackageAndDatabase() {
		try (TestDatabase database = H2ContractTests.database(JpaModelTests.class)) {
			JpaModel model = JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.broken"),
					Map.of());
			assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate(database).diff(model))
				.withMessageStartingWith("Hibernate could not map the entities of the packages [dev.migrate.core.model.broken] "
						+ "for H2 2.")
				.withMessageContaining("Unmapped")
				.withMessageEndingWith("Fix the mapping of the entity it names");
		}
	}

	@Test
	void aDatabaseHibernateHasNoDialectForAsksForOne() {
		try (TestDatabase database = SqliteContractTests.database(JpaModelTests.class)) {
			JpaModel model = JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.blog.base"),
					Map.of());
			assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrate(database).diff(model))
				.withMessageStartingWith("Hibernate could not start for SQLite 3.")
				.withMessageContaining("Unable to determine Dialect")
				.withMessageEndingWith("Name the Hibernate dialect of this database in the hibernate.dialect setting");
		}
	}

	private static Migrate migrate(TestDatabase database) {
		return new Migrate(MigrateConfig.builder().dataSource(database.dataSource()).location("classpath:nowhere")
			.allowEmptyRepository(true).build());
	}

}

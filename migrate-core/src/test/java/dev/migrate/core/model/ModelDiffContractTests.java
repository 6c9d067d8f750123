package dev.migrate.core.model;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.ModelDriftException;
import dev.migrate.core.model.ModelDiff.PossibleRename;
import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.model.ModelDifference.ColumnMissing;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.model.ModelDifference.IndexMissing;
import dev.migrate.core.model.ModelDifference.SequenceMissing;
import dev.migrate.core.model.ModelDifference.UniqueMissing;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.testing.Logs;
import dev.migrate.core.testing.RepositoryCase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the JPA model diff must find on every database: nothing where the schema, written by hand as a
 * changeset, is what the entities map; exactly the one difference each change of the entities makes. Each
 * entity set of {@code dev.migrate.core.model.blog} changes the {@code base} set in one way. One subclass
 * per database writes the base schema in its own DDL and names its type names.
 */
public abstract class ModelDiffContractTests extends RepositoryCase {

	/** The schema of the {@code base} entity set, as a person writes it for this database. */
	protected abstract String baseSchema();

	/** The database's name of {@code varchar(n)} as a live snapshot reads it back. */
	protected abstract String varchar();

	/** An unquoted name as the database stores it. */
	protected String name(String name) {
		return name;
	}

	@BeforeEach
	void migrateBaseSchema() {
		this.folder.version(1, "blog", baseSchema(), "DROP TABLE tag;\nDROP SEQUENCE tag_seq;\nDROP TABLE post;\nDROP TABLE author;");
		migrate().upgrade();
	}

	@Test
	void theSchemaTheEntitiesMapHasNoDifferenceAndPassesTheCheck() {
		JpaModel model = model("base");
		assertThat(model.classNames()).hasSize(3);
		assertThat(migrate().diff(model).differences()).isEmpty();
		assertThat(migrate().check(model).isEmpty()).isTrue();
		assertThat(model.isIdentity(name("post"), name("id"))).isTrue();
		assertThat(model.isIdentity(name("tag"), name("id"))).isFalse();
	}

	@Test
	void aNewFieldIsOneMissingColumn() {
		assertThat(diff("added").differences()).singleElement().isInstanceOfSatisfying(ColumnMissing.class, (missing) -> {
			assertThat(missing.table()).isEqualTo(name("post"));
			assertThat(missing.model().name()).isEqualTo(name("subtitle"));
			assertThat(missing.model().typeDeclaration()).isEqualTo(varchar() + "(200)");
			assertThat(missing.model().nullable()).isTrue();
		});
	}

	@Test
	void aRemovedFieldIsOneExtraColumn() {
		assertThat(diff("removed").differences()).singleElement().isInstanceOfSatisfying(ColumnExtra.class, (extra) -> {
			assertThat(extra.table()).isEqualTo(name("post"));
			assertThat(extra.database().name()).isEqualTo(name("body"));
		});
	}

	@Test
	void aChangedLengthIsOneColumnWhoseTypeAloneDiffers() {
		assertThat(diff("length").differences()).singleElement().isInstanceOfSatisfying(ColumnDiffers.class, (differs) -> {
			assertThat(differs.table()).isEqualTo(name("author"));
			assertThat(differs.model().typeDeclaration()).isEqualTo(varchar() + "(150)");
			assertThat(differs.database().typeDeclaration()).isEqualTo(varchar() + "(100)");
			assertThat(differs.typeDiffers()).isTrue();
			assertThat(differs.nullabilityDiffers()).isFalse();
			assertThat(differs.defaultDiffers()).isFalse();
		});
	}

	/**
	 * A relation is two things in the schema, each one difference: the join column, and the foreign key on
	 * it (a changeset may add both in one call, but a database may have either without the other). The
	 * index MariaDB makes for the key is the key's, not a third.
	 */
	@Test
	void aNewManyToOneIsItsMissingColumnAndItsMissingForeignKey() {
		List<ModelDifference> differences = diff("relation").differences();
		assertThat(differences).hasSize(2);
		assertThat(differences.get(0)).isInstanceOfSatisfying(ColumnMissing.class,
				(missing) -> assertThat(missing.model().name()).isEqualTo(name("editor_id")));
		assertThat(differences.get(1)).isInstanceOfSatisfying(ForeignKeyMissing.class, (missing) -> {
			ForeignKeySnapshot key = missing.model();
			assertThat(missing.table()).isEqualTo(name("post"));
			assertThat(key.columns()).containsExactly(name("editor_id"));
			assertThat(key.referencedTable()).isEqualTo(name("author"));
			assertThat(key.referencedColumns()).containsExactly(name("id"));
			assertThat(key.onDelete()).isEqualTo("NO ACTION");
		});
	}

	@Test
	void aNewIndexIsOneMissingIndex() {
		assertThat(diff("indexed").differences()).singleElement().isInstanceOfSatisfying(IndexMissing.class, (missing) -> {
			assertThat(missing.model().name()).isEqualTo(name("ix_post_status"));
			assertThat(missing.model().columns()).containsExactly(name("status"));
			assertThat(missing.model().unique()).isFalse();
		});
	}

	@Test
	void aNewUniqueConstraintIsOneMissingUnique() {
		assertThat(diff("unique").differences()).singleElement().isInstanceOfSatisfying(UniqueMissing.class,
				(missing) -> assertThat(missing.model().columns()).containsExactly(name("author_id"), name("title")));
	}

	@Test
	void aRenamedFieldIsAMissingAndAnExtraColumnFlaggedAsAPossibleRename() {
		ModelDiff diff = diff("renamed");
		assertThat(diff.differences()).hasSize(2);
		assertThat(diff.possibleRenames()).containsExactly(new PossibleRename(name("post"), name("body"), name("content")));
		assertThat(diff.toString()).contains("may have been renamed");
	}

	@Test
	void aSequenceTheDatabaseLacksIsOneMissingSequence() {
		this.database.execute("DROP SEQUENCE tag_seq");
		assertThat(diff("base").differences()).singleElement()
			.isEqualTo(new SequenceMissing(new ModelSequence(name("tag_seq"), 1, 10)));
	}

	@Test
	void aSequenceWhoseIncrementIsNotTheAllocationSizeIsAWarning() {
		this.database.execute("DROP SEQUENCE tag_seq", "CREATE SEQUENCE tag_seq START WITH 1 INCREMENT BY 1");
		try (Logs logs = Logs.capture()) {
			assertThat(diff("base").differences()).isEmpty();
			assertThat(logs.lines()).contains("WARN Sequence \"" + name("tag_seq") + "\" increments by 1 in the database, "
					+ "by 10 in the model (its allocationSize): Hibernate hands out identifiers on the model's increment, "
					+ "so make them equal with ALTER SEQUENCE in a changeset or change allocationSize");
		}
	}

	@Test
	void theCheckFailsListingEachDifferenceAndHowToWriteTheChangeset() {
		assertThatExceptionOfType(ModelDriftException.class).isThrownBy(() -> migrate().check(model("relation")))
			.satisfies((ex) -> assertThat(ex.diff().differences()).hasSize(2))
			.withMessageContaining("differs from the JPA model in 2 ways:\n  table \"" + name("post") + "\": column \""
					+ name("editor_id") + "\"")
			.withMessageContaining("\n  table \"" + name("post") + "\": foreign key ")
			.withMessageContaining("mvn migrate:generate -Dmigrate.description=\"...\"")
			.satisfies((ex) -> assertThat(ex.advice()).contains("change the entities"));
	}

	/**
	 * Every type Hibernate maps by default, with the schema Hibernate itself writes for this database:
	 * whatever the dialect spells one way and the catalog reads back another compares equal, for the
	 * metadata of a running application ({@link JpaModel#of}) and for entities found in a package alike.
	 */
	@Test
	void theSchemaHibernateWritesForEveryTypeItMapsHasNoDifference() throws SQLException {
		migrate().downgrade(0);
		Map<String, Object> settings = new HashMap<>();
		settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		settings.put("hibernate.physical_naming_strategy", JpaModel.BOOT_PHYSICAL_NAMING);
		try (Connection connection = this.database.dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			settings.put("jakarta.persistence.database-product-name", metaData.getDatabaseProductName());
			settings.put("jakarta.persistence.database-product-version", metaData.getDatabaseProductVersion());
			settings.put("jakarta.persistence.database-major-version", String.valueOf(metaData.getDatabaseMajorVersion()));
			settings.put("jakarta.persistence.database-minor-version", String.valueOf(metaData.getDatabaseMinorVersion()));
		}
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
		try {
			Metadata metadata = new MetadataSources(registry).addAnnotatedClass(dev.migrate.core.model.types.Sample.class)
				.addAnnotatedClass(dev.migrate.core.model.types.Other.class)
				.buildMetadata();
			this.database.execute(new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false)
				.toArray(String[]::new));
			assertThat(migrate().diff(JpaModel.of(metadata)).differences()).isEmpty();
			assertThat(migrate().diff(JpaModel.entities(getClass().getClassLoader(),
					List.of("dev.migrate.core.model.types"), Map.of())).differences()).isEmpty();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	/** The diff of one entity set of {@code dev.migrate.core.model.blog} against the database. */
	protected ModelDiff diff(String entitySet) {
		return migrate().diff(model(entitySet));
	}

	private JpaModel model(String entitySet) {
		return JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.blog." + entitySet),
				Map.of());
	}

}

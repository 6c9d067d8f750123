package dev.migrate.core.model;

import java.util.List;
import java.util.Map;

import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ForeignKeyExtra;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.model.ModelDifference.IndexExtra;
import dev.migrate.core.model.ModelDifference.PrimaryKeyDiffers;
import dev.migrate.core.model.ModelDifference.SequenceExtra;
import dev.migrate.core.model.ModelDifference.TableExtra;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.MySqlSynonyms;
import dev.migrate.core.schema.PostgresSynonyms;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.SchemaObjectSnapshot;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the model diff compares two snapshots, without a database: what is one thing, and in which order. */
class ModelComparisonTests {

	private static final ColumnSnapshot ID = new ColumnSnapshot("id", "int8", null, null, false, null);

	private static final ColumnSnapshot AUTHOR_ID = new ColumnSnapshot("author_id", "int8", null, null, true, null);

	private static final ColumnSnapshot TITLE = new ColumnSnapshot("title", "varchar", 200, null, false, null);

	private final ModelComparison postgres = new ModelComparison(new PostgresSynonyms(), false);

	private final ModelComparison mariaDb = new ModelComparison(new MySqlSynonyms(), true);

	@Test
	void tablesComeByNameAndSequencesLast() {
		SchemaSnapshot model = new SchemaSnapshot(List.of(table("b"), table("c")),
				List.of(sequence("b_seq", 50), sequence("a_seq", 50)));
		SchemaSnapshot database = new SchemaSnapshot(List.of(table("a"), table("c")),
				List.of(sequence("a_seq", 50), sequence("z_seq", 1)));
		List<ModelDifference> differences = this.postgres.compare(model, database).differences();
		assertThat(differences).extracting(ModelDifference::getClass)
			.containsExactly(TableExtra.class, TableMissing.class, ModelDifference.SequenceMissing.class, SequenceExtra.class);
		assertThat(differences).extracting(ModelDifference::table).containsExactly("a", "b", "", "");
	}

	@Test
	void keysAndConstraintsCompareByWhatTheyAreNotByName() {
		TableSnapshot model = table("post", List.of(ID, AUTHOR_ID, TITLE),
				List.of(new ForeignKeySnapshot("FKabc", List.of("author_id"), "author", List.of("id"), "NO ACTION", "NO ACTION")),
				List.of(new UniqueConstraintSnapshot("UKdef", List.of("title", "author_id"))), List.of());
		TableSnapshot database = table("post", List.of(ID, AUTHOR_ID, TITLE),
				List.of(new ForeignKeySnapshot("post_author_id_fkey", List.of("author_id"), "author", List.of("id"),
						"NO ACTION", "NO ACTION")),
				List.of(), List.of(new IndexSnapshot("ux_post_author_title", List.of("author_id", "title"), true)));
		assertThat(compare(this.postgres, model, database)).isEmpty();
	}

	@Test
	void mariaDbsRestrictIsNoActionButPostgresqlsIsNot() {
		TableSnapshot model = table("post", List.of(ID, AUTHOR_ID), List.of(new ForeignKeySnapshot(null,
				List.of("author_id"), "author", List.of("id"), "NO ACTION", "NO ACTION")), List.of(), List.of());
		TableSnapshot database = table("post", List.of(ID, AUTHOR_ID), List.of(new ForeignKeySnapshot("post_ibfk_1",
				List.of("author_id"), "author", List.of("id"), "RESTRICT", "RESTRICT")), List.of(), List.of());
		assertThat(compare(this.mariaDb, model, database)).isEmpty();
		assertThat(compare(this.postgres, model, database)).extracting(ModelDifference::getClass)
			.containsExactly(ForeignKeyMissing.class, ForeignKeyExtra.class);
	}

	@Test
	void anIndexThatServesAForeignKeyIsNotExtraWhereForeignKeysNeedOne() {
		TableSnapshot model = table("post", List.of(ID, AUTHOR_ID), List.of(new ForeignKeySnapshot(null,
				List.of("author_id"), "author", List.of("id"), "NO ACTION", "NO ACTION")), List.of(), List.of());
		TableSnapshot database = table("post", List.of(ID, AUTHOR_ID), model.foreignKeys(), List.of(),
				List.of(new IndexSnapshot("author_id", List.of("author_id"), false)));
		assertThat(compare(this.mariaDb, model, database)).isEmpty();
		assertThat(compare(this.postgres, model, database)).singleElement().isInstanceOf(IndexExtra.class);
	}

	@Test
	void anIndexOnTheColumnsOfAForeignKeyOnlyTheModelHasIsTheKeysWhereForeignKeysNeedOne() {
		TableSnapshot model = table("post", List.of(ID, AUTHOR_ID), List.of(new ForeignKeySnapshot(null,
				List.of("author_id"), "author", List.of("id"), "NO ACTION", "NO ACTION")), List.of(), List.of());
		TableSnapshot database = table("post", List.of(ID, AUTHOR_ID), List.of(), List.of(),
				List.of(new IndexSnapshot("idx_author_id", List.of("author_id"), false)));
		assertThat(compare(this.mariaDb, model, database)).singleElement().isInstanceOf(ForeignKeyMissing.class);
		assertThat(compare(this.postgres, model, database)).extracting(ModelDifference::getClass)
			.containsExactly(ForeignKeyMissing.class, IndexExtra.class);
	}

	@Test
	void aDefaultIsComparedWhereTheModelMapsOne() {
		ColumnSnapshot unmapped = new ColumnSnapshot("status", "varchar", 20, null, false, null);
		ColumnSnapshot mapped = new ColumnSnapshot("status", "varchar", 20, null, false, "'draft'");
		ColumnSnapshot existing = new ColumnSnapshot("status", "varchar", 20, null, false, "'new'::character varying");
		assertThat(compare(this.postgres, table("post", List.of(ID, unmapped), List.of(), List.of(), List.of()),
				table("post", List.of(ID, existing), List.of(), List.of(), List.of()))).isEmpty();
		assertThat(compare(this.postgres, table("post", List.of(ID, mapped), List.of(), List.of(), List.of()),
				table("post", List.of(ID, existing), List.of(), List.of(), List.of())))
			.singleElement()
			.isInstanceOfSatisfying(ColumnDiffers.class, (differs) -> {
				assertThat(differs.defaultDiffers()).isTrue();
				assertThat(differs.typeDiffers()).isFalse();
				assertThat(differs.describe()).isEqualTo("table \"post\": column \"status\" default: model 'draft', "
						+ "database 'new' (alterColumn)");
			});
	}

	@Test
	void aPrimaryKeyComparesByItsColumnsInAnyOrder() {
		TableSnapshot model = new TableSnapshot("page_tag", List.of(ID, AUTHOR_ID),
				new PrimaryKeySnapshot(null, List.of("id", "author_id")), List.of(), List.of(), List.of());
		TableSnapshot same = new TableSnapshot("page_tag", List.of(ID, AUTHOR_ID),
				new PrimaryKeySnapshot("page_tag_pkey", List.of("author_id", "id")), List.of(), List.of(), List.of());
		TableSnapshot other = new TableSnapshot("page_tag", List.of(ID, AUTHOR_ID),
				new PrimaryKeySnapshot("page_tag_pkey", List.of("id")), List.of(), List.of(), List.of());
		assertThat(compare(this.postgres, model, same)).isEmpty();
		assertThat(compare(this.postgres, model, other)).singleElement().isInstanceOf(PrimaryKeyDiffers.class);
	}

	private static List<ModelDifference> compare(ModelComparison comparison, TableSnapshot model, TableSnapshot database) {
		return comparison.compare(new SchemaSnapshot(List.of(model)), new SchemaSnapshot(List.of(database))).differences();
	}

	private static TableSnapshot table(String name) {
		return table(name, List.of(ID), List.of(), List.of(), List.of());
	}

	private static TableSnapshot table(String name, List<ColumnSnapshot> columns, List<ForeignKeySnapshot> foreignKeys,
			List<UniqueConstraintSnapshot> uniques, List<IndexSnapshot> indexes) {
		return new TableSnapshot(name, columns, new PrimaryKeySnapshot(null, List.of("id")), foreignKeys, uniques, indexes);
	}

	private static SchemaObjectSnapshot sequence(String name, long increment) {
		return new SchemaObjectSnapshot("sequence", name, Map.of("increment", String.valueOf(increment), "start", "1"));
	}

}

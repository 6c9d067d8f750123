package dev.migrate.core.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.migrate.core.Migrate;
import dev.migrate.core.ModelDriftException;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.schema.SchemaDiff;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.testing.RepositoryCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole workflow on a real database: the blog's schema migrated to version 1, an entity set of
 * {@code dev.migrate.core.model.blog} ahead of it, {@link Migrate#generate(JpaModel, Path, String)}, the source
 * compiled with every lint warning an error and loaded from its package, upgrade, {@code check} passes, and a
 * downgrade to version 1 gives the snapshot from before. One subclass per database gives the base schema the
 * model diff's own tests use.
 */
public abstract class GenerateFromModelContractTests extends RepositoryCase {

	private static final String BASE_DOWN = "DROP TABLE tag;\nDROP SEQUENCE tag_seq;\nDROP TABLE post;\nDROP TABLE author;";

	private SchemaSnapshot before;

	/** The schema of the {@code base} entity set, as a person writes it for this database. */
	protected abstract String baseSchema();

	@BeforeEach
	void migrateBaseSchema() throws SQLException {
		this.folder.version(1, "blog", baseSchema(), BASE_DOWN);
		migrate(getClass().getClassLoader()).upgrade();
		this.before = snapshot();
	}

	@Test
	void aNewFieldIsAddedByAReversibleChangesetAndTheCheckThenPasses() throws Exception {
		GeneratedChangeset generated = roundTrip("added", UnaryOperator.identity());
		assertThat(generated.reversible()).isTrue();
		assertThat(generated.warnings()).isEmpty();
		assertThat(Files.readString(generated.file())).contains("implements ReversibleChangeset")
			.contains(".addColumn(Column.of(\"subtitle\", Type.varchar(200)))");
	}

	@Test
	void aLongerColumnIsWidened() throws Exception {
		GeneratedChangeset generated = roundTrip("length", UnaryOperator.identity());
		assertThat(Files.readString(generated.file())).contains("alterColumn(\"name\", (column) -> column.type(Type.varchar(150)))");
	}

	@Test
	void aNewManyToOneIsAddedAsItsColumnWithItsForeignKey() throws Exception {
		GeneratedChangeset generated = roundTrip("relation", UnaryOperator.identity());
		assertThat(generated.reversible()).isTrue();
		assertThat(Files.readString(generated.file())).contains(".addColumn(Column.of(\"editor_id\", Type.BIGINT).references(\"author\", \"id\"))");
	}

	@Test
	void aNewIndexIsCreated() throws Exception {
		GeneratedChangeset generated = roundTrip("indexed", UnaryOperator.identity());
		assertThat(Files.readString(generated.file())).contains(".createIndex(Index.on(\"status\").named(\"ix_post_status\"))");
	}

	@Test
	void aNewUniqueConstraintIsAdded() throws Exception {
		GeneratedChangeset generated = roundTrip("unique", UnaryOperator.identity());
		assertThat(Files.readString(generated.file())).contains(".addConstraint(Unique.on(\"author_id\", \"title\").named(\"uq_post_author_title\"))");
	}

	@Test
	void aRemovedFieldsDropIsCommentedOutSoTheCheckStillSeesTheColumnUntilAPersonConfirmsIt() throws Exception {
		Path sources = this.root.resolve("src/db/generated");
		GeneratedChangeset generated = migrate(getClass().getClassLoader()).generate(model("removed"), sources, "drop body");
		assertThat(generated.reversible()).isFalse();
		assertThat(generated.warnings()).singleElement().asString().contains("loses its values");
		Migrate migrate = migrate(JavaSources.compile(this.root.resolve("classes"), generated.file()));
		migrate.upgrade();
		assertThatExceptionOfType(ModelDriftException.class).isThrownBy(() -> migrate.check(model("removed")))
			.satisfies((ex) -> assertThat(ex.diff().differences()).singleElement().isInstanceOf(ColumnExtra.class));
		migrate.downgrade(1);
		assertThat(SchemaDiff.between(this.before, snapshot()).differences()).isEmpty();
	}

	@Test
	void aConfirmedDropRunsAndItsDowngradeAddsTheColumnBack() throws Exception {
		roundTrip("removed", (source) -> source.replace("\t\t// schema.table(\"post\")", "\t\tschema.table(\"post\")"));
	}

	@Test
	void aRenamedFieldIsFlaggedAndTheRenameHintKeepsTheValuesWhenUsed() throws Exception {
		GeneratedChangeset generated = roundTrip("renamed", (source) -> {
			List<String> lines = new ArrayList<>();
			for (String line : source.split("\n", -1)) {
				if (line.contains("addColumn(Column.of(\"content\"") || line.contains("dropColumn(\"content\")")) {
					continue;
				}
				lines.add(line.contains("renameColumn(") ? line.replace("// ", "") : line);
			}
			return String.join("\n", lines);
		});
		assertThat(generated.warnings()).anyMatch((warning) -> warning.toLowerCase(Locale.ROOT)
			.contains("\"body\" may have been renamed to \"content\"") && warning.contains("No tool can tell a rename"));
	}

	/**
	 * Generates the changeset of an entity set, edits it as a person would, compiles and upgrades to it, checks
	 * it, and downgrades to version 1.
	 */
	private GeneratedChangeset roundTrip(String entitySet, UnaryOperator<String> edit) throws Exception {
		GeneratedChangeset generated = migrate(getClass().getClassLoader()).generate(model(entitySet),
				this.root.resolve("src/db/generated"), "catch up with " + entitySet);
		assertThat(generated.written()).isTrue();
		assertThat(generated.version()).isEqualTo(2);
		Files.writeString(generated.file(), edit.apply(Files.readString(generated.file())));
		Migrate migrate = migrate(JavaSources.compile(this.root.resolve("classes"), generated.file()));
		assertThat(migrate.upgrade().toVersion()).isEqualTo(2);
		assertThat(migrate.check(model(entitySet)).isEmpty()).isTrue();
		migrate.downgrade(1);
		assertThat(SchemaDiff.between(this.before, snapshot()).differences()).isEmpty();
		return generated;
	}

	private Migrate migrate(ClassLoader classLoader) {
		return new Migrate(config().javaPackage("db.generated").classLoader(classLoader).build());
	}

	private JpaModel model(String entitySet) {
		return JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.blog." + entitySet),
				Map.of());
	}

	private SchemaSnapshot snapshot() throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection()) {
			return SchemaSnapshot.read(connection, this.database.schema(), Set.of("migrate_version", "migrate_history"));
		}
	}

}

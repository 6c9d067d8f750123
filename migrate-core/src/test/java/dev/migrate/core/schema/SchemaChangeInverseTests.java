package dev.migrate.core.schema;

import java.util.List;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.ColumnState;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.RenameColumn;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.SchemaChange.RenameTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each change says how it is undone, from what it says and from what the database had. */
class SchemaChangeInverseTests {

	private final TableDefinitions noDatabase = TableDefinitions.none(new PostgresDialect().ddl());

	@Test
	void createsAddsAndRenamesAreUndoneFromWhatTheySay() {
		Index index = new Index("ix_page_title", List.of("title"), false);
		Unique unique = new Unique("page_slug_key", List.of("slug"));
		assertThat(inverse(new CreateTable("page", List.of(Column.of("id", Type.INTEGER)), List.of())))
			.containsExactly(new DropTable("page"));
		assertThat(inverse(new RenameTable("page", "article"))).containsExactly(new RenameTable("article", "page"));
		assertThat(inverse(new AddColumn("page", Column.of("ctime", Type.TIMESTAMP))))
			.containsExactly(new DropColumn("page", "ctime"));
		assertThat(inverse(new RenameColumn("page", "title", "headline")))
			.containsExactly(new RenameColumn("page", "headline", "title"));
		assertThat(inverse(new CreateIndex("page", index))).containsExactly(new DropIndex("page", "ix_page_title"));
		assertThat(inverse(new DropIndex("page", "ix_page_title", index))).containsExactly(new CreateIndex("page", index));
		assertThat(inverse(new RenameIndex("page", "a", "b"))).containsExactly(new RenameIndex("page", "b", "a"));
		assertThat(inverse(new AddConstraint("page", unique))).containsExactly(
				new DropConstraint("page", "page_slug_key", Constraint.Kind.UNIQUE, null, unique));
		assertThat(inverse(new DropConstraint("page", "page_slug_key", Constraint.Kind.UNIQUE, null, unique)))
			.containsExactly(new AddConstraint("page", unique));
	}

	@Test
	void dropsByNameAreNotUndone() {
		assertThat(new DropTable("foo").inverse(this.noDatabase))
			.isEqualTo(new Reversal.Irreversible("drop table foo cannot be reversed from what it says"));
		assertThat(new DropColumn("page", "ctime").inverse(this.noDatabase))
			.isEqualTo(new Reversal.Irreversible("drop column page.ctime cannot be reversed from what it says"));
		assertThat(new DropIndex("page", "ix").inverse(this.noDatabase))
			.isEqualTo(new Reversal.Irreversible("drop index ix cannot be reversed from what it says"));
		assertThat(new DropConstraint("page", "fk", Constraint.Kind.FOREIGN_KEY, null).inverse(this.noDatabase))
			.isEqualTo(new Reversal.Irreversible("drop foreign key fk on page cannot be reversed from what it says"));
	}

	@Test
	void anAlteredColumnIsAlteredBackToWhatTheDatabaseHad() {
		ColumnState was = new ColumnState("character varying(40)", true, "'x'::character varying");
		AlterColumn alter = new AlterColumn("page", "title", Type.varchar(200), false, true, ColumnDefault.value("none"),
				was);
		assertThat(inverse(alter)).containsExactly(new AlterColumn("page", "title", Type.raw("character varying(40)"),
				true, true, ColumnDefault.expression("'x'::character varying"), was));
		assertThat(new AlterColumn("page", "title", null, true, false, null, null).inverse(this.noDatabase))
			.isInstanceOf(Reversal.NeedsDefinition.class);
	}

	@Test
	void aPrimaryKeyIsUndoneOnlyWhereItsColumnsCouldBeRead() {
		PrimaryKey key = new PrimaryKey("page_pkey", List.of("id"));
		assertThat(new AddConstraint("page", key).inverse(this.noDatabase))
			.isEqualTo(new Reversal.NeedsDefinition("add primary key page_pkey on page may make its columns NOT NULL, "
					+ "which is undone from their definitions read when it ran, and none was recorded"));
	}

	private List<SchemaChange> inverse(SchemaChange change) {
		Reversal inverse = change.inverse(this.noDatabase);
		assertThat(inverse).isInstanceOf(Reversal.By.class);
		return ((Reversal.By) inverse).changes();
	}

}

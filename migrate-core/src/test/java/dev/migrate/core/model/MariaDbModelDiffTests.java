package dev.migrate.core.model;

import java.util.List;
import java.util.Map;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPA model diff on MariaDB: an unnamed foreign key's index (named after its column) is the key's,
 * {@code RESTRICT} is {@code NO ACTION}, and sequences are read from the database; a bit's default
 * {@code b'0'} is the model's {@code 0}; an index on the columns of a foreign key the model maps is the
 * key's, even before the database has the key; {@code datetime} is not {@code datetime(6)}.
 */
class MariaDbModelDiffTests extends ModelDiffContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return MariaDbContractTests.database(MariaDbModelDiffTests.class);
	}

	@Override
	protected String baseSchema() {
		return """
				CREATE TABLE author (
				    id BIGINT AUTO_INCREMENT PRIMARY KEY,
				    name VARCHAR(100) NOT NULL,
				    email VARCHAR(200) UNIQUE
				);
				CREATE TABLE post (
				    id BIGINT AUTO_INCREMENT PRIMARY KEY,
				    title VARCHAR(200) NOT NULL,
				    status VARCHAR(20) NOT NULL DEFAULT 'draft',
				    votes INTEGER NOT NULL DEFAULT 0,
				    price NUMERIC(10, 2),
				    published_at DATETIME(6),
				    body VARCHAR(4000),
				    author_id BIGINT NOT NULL,
				    FOREIGN KEY (author_id) REFERENCES author (id)
				);
				CREATE INDEX ix_post_title ON post (title);
				CREATE SEQUENCE tag_seq START WITH 1 INCREMENT BY 10;
				CREATE TABLE tag (
				    id BIGINT PRIMARY KEY,
				    label VARCHAR(50) NOT NULL
				);
				""";
	}

	@Override
	protected String varchar() {
		return "varchar";
	}

	/**
	 * MariaDB reads a {@code bit} column's default back as {@code b'0'}, and a boolean's {@code true} as
	 * {@code 1}: the defaults of a {@code columnDefinition} that say {@code 0} and {@code true} are those
	 * (eladmin's {@code sys_menu} has such columns); another default is still a difference.
	 */
	@Test
	void aBitsDefaultIsTheNumberItsBitsSay() {
		migrate().downgrade(0);
		this.database.execute("CREATE TABLE setting (id BIGINT PRIMARY KEY, hidden BIT(1) DEFAULT b'0', "
				+ "cached BOOLEAN DEFAULT TRUE)");
		assertThat(migrate().diff(flags()).differences()).isEmpty();
		this.database.execute("ALTER TABLE setting ALTER COLUMN hidden SET DEFAULT b'1'");
		assertThat(migrate().diff(flags()).differences()).singleElement().isInstanceOfSatisfying(ColumnDiffers.class,
				(differs) -> {
					assertThat(differs.defaultDiffers()).isTrue();
					assertThat(differs.typeDiffers()).isFalse();
					assertThat(differs.describe()).isEqualTo("table \"setting\": column \"hidden\" default: model 0, "
							+ "database 1 (alterColumn)");
				});
	}

	/**
	 * A {@code datetime} has no fractional seconds (eladmin's columns are such): the model's {@code Instant},
	 * {@code datetime(6)} on MariaDB, is another type, whose microseconds the database would drop.
	 */
	@Test
	void aDatetimeWithoutFractionalSecondsIsNotTheModelsDatetime6() {
		this.database.execute("ALTER TABLE post MODIFY published_at DATETIME");
		assertThat(diff("base").differences()).singleElement().isInstanceOfSatisfying(ColumnDiffers.class, (differs) -> {
			assertThat(differs.model().typeDeclaration()).isEqualTo("datetime(6)");
			assertThat(differs.database().typeDeclaration()).isEqualTo("datetime");
			assertThat(differs.typeDiffers()).isTrue();
			assertThat(differs.nullabilityDiffers()).isFalse();
		});
	}

	/**
	 * A database that has the index of a foreign key the model maps, and not yet the key (eladmin's join
	 * tables): the index is the one MariaDB would make for the key, not one to drop; the key alone is missing.
	 */
	@Test
	void anIndexOnTheColumnsOfAForeignKeyTheModelMapsIsTheKeys() {
		this.database.execute("ALTER TABLE post ADD COLUMN editor_id BIGINT",
				"CREATE INDEX ix_post_editor ON post (editor_id)");
		assertThat(diff("relation").differences()).singleElement().isInstanceOfSatisfying(ForeignKeyMissing.class,
				(missing) -> assertThat(missing.model().columns()).containsExactly("editor_id"));
	}

	private JpaModel flags() {
		return JpaModel.entities(getClass().getClassLoader(), List.of("dev.migrate.core.model.flags"), Map.of());
	}

}

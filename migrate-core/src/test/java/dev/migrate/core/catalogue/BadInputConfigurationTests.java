package dev.migrate.core.catalogue;
import java.time.Duration;
import java.util.function.UnaryOperator;

import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.testing.Fingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A configuration that cannot work: refused when it is built, naming the value, or when the engine first
 * reaches the database, naming what it did not find; either way before anything runs.
 */
public abstract class BadInputConfigurationTests extends BadInputCase {

	@BeforeEach
	void aRepositoryAndAUserTable() {
		this.folder.tables(2);
		userTable();
	}

	/** The builder refuses the configuration with this message, and the database is as it was. */
	void assertRefused(UnaryOperator<MigrateConfig.Builder> bad, String message) {
		Fingerprint before = fingerprint();
		assertThatIllegalArgumentException().isThrownBy(() -> bad.apply(config()).build()).withMessage(message);
		assertUnchanged(before);
	}

	@Test
	void aHistoryTableThatIsNotAPlainNameIsRefused() {
		assertRefused((config) -> config.historyTable("migrate history; DROP TABLE page"), 
				"historyTable 'migrate history; DROP TABLE page' is not a plain SQL name: use letters, digits and '_', "
				+ "starting with a letter, at most 63 characters");
	}

	@Test
	void aVersionTableThatIsNotAPlainNameIsRefused() {
		assertRefused((config) -> config.versionTable("migrate-version"), 
				"versionTable 'migrate-version' is not a plain SQL name: use letters, digits and '_', "
				+ "starting with a letter, at most 63 characters");
	}

	@Test
	void aSchemaThatIsNotAPlainNameIsRefused() {
		assertRefused((config) -> config.schema("app.schema"), 
				"schema 'app.schema' is not a plain SQL name: use letters, digits and '_', "
				+ "starting with a letter, at most 63 characters");
	}

	@Test
	void aNegativeTargetIsRefused() {
		assertRefused((config) -> config.target(-1), "target must be 0 or more, not -1");
	}

	@Test
	void aNegativeBaselineVersionIsRefused() {
		assertRefused((config) -> config.baselineVersion(-1), "baselineVersion must be 0 or more, not -1");
	}

	@Test
	void aNegativeLockTimeoutIsRefused() {
		assertRefused((config) -> config.lockTimeout(Duration.ofSeconds(-5)), "lockTimeout must not be negative, not PT-5S");
	}

	@Test
	void aRepositoryIdOfMoreThan250CharactersIsRefused() {
		String id = "r".repeat(251);
		assertRefused((config) -> config.repositoryId(id),
				"repositoryId is 251 characters long, more than the 250 of the version table's column: shorten it");
	}

	@Test
	void anEmptyLocationIsRefused() {
		assertRefused((config) -> config.location(" "), "location must not be empty");
	}

	@Test
	void aConfigurationWithoutADataSourceIsRefused() {
		Fingerprint before = fingerprint();
		assertThatIllegalArgumentException().isThrownBy(() -> MigrateConfig.builder().location(this.folder.location()).build())
			.withMessage("dataSource must be set");
		assertUnchanged(before);
	}

	@Test
	void theSameTableForVersionsAndHistoryIsRefused() {
		assertRefused((config) -> config.versionTable("migrate_history"), 
				"versionTable and historyTable are both 'migrate_history': give each a name of its own");
	}

	@Test
	void aSchemaThatDoesNotExistIsReportedWhenItMayNotBeCreated() {
		String schema = "t_missing_" + Long.toHexString(System.nanoTime());
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new Migrate(config().schema(schema).createSchema(false).build()).upgrade())
			.withMessage("The schema '" + schema + "' (migrate.schema) does not exist"
				+ (Dialects.byName(this.database.dialect()).schemaIsCatalog() ? " (on MySQL: the database)" : "") + ". Create it, correct "
				+ "migrate.schema, or set migrate.create-schema=true to let Migrate create it. Nothing was changed.");
		assertUnchanged(before);
		assertThat(this.database.schemas(schema.replace("_", "\\_"))).isEmpty();
	}

	@Test
	void aHistoryTableOfTheVersionTablesNameIsRefused() {
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new Migrate(config().historyTable("migrate_version").build()).upgrade())
			.withMessage("The version table (migrate.version-table) and the history table (migrate.history-table) are "
					+ "both 'migrate_version': give each a name of its own. Nothing was changed.");
		assertUnchanged(before);
	}

	@Test
	void aMigrateCfgVersionTableOfTheHistoryTablesNameIsRefused() {
		this.folder.file("migrate.cfg", "[db_settings]\nrepository_id = cms\nversion_table = migrate_history\n");
		Fingerprint before = fingerprint();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new Migrate(config().repositoryId(null).build()).upgrade())
			.withMessage("The version table (migrate.cfg's version_table) and the history table (migrate.history-table) "
					+ "are both 'migrate_history': give each a name of its own. Nothing was changed.");
		assertUnchanged(before);
	}

}

package dev.migrate.core.repository;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptNameTests {

	@Test
	void readsNumberDescriptionDialectAndDirection() {
		ScriptName upgrade = ScriptName.parse("001_add_ctime_to_page_default_upgrade.sql");
		assertThat(upgrade).isEqualTo(new ScriptName("001_add_ctime_to_page_default_upgrade.sql", 1, "default", true));
		assertThat(upgrade.description()).isEqualTo("add ctime to page");
		ScriptName downgrade = ScriptName.parse("0042_x_PostgreSQL_downgrade.sql");
		assertThat(downgrade).isEqualTo(new ScriptName("0042_x_PostgreSQL_downgrade.sql", 42, "postgresql", false));
		assertThat(downgrade.description()).isEqualTo("x");
	}

	@Test
	void descriptionMayBeAbsent() {
		ScriptName name = ScriptName.parse("004_postgresql_upgrade.sql");
		assertThat(name).isEqualTo(new ScriptName("004_postgresql_upgrade.sql", 4, "postgresql", true));
		assertThat(name.description()).isEmpty();
	}

	@Test
	void descriptionKeepsInnerUnderscoresAsSpacesAndDropsTheOuterOnes() {
		assertThat(ScriptName.parse("007__add__tags__default_upgrade.sql").description()).isEqualTo("add  tags");
	}

	@Test
	void refusesNamesOutsideThePattern() {
		assertThat(ScriptName.parse("01_x_default_upgrade.sql")).isNull();
		assertThat(ScriptName.parse("001_upgrade.sql")).isNull();
		assertThat(ScriptName.parse("001_x_default_upgrade.SQL")).isNull();
		assertThat(ScriptName.parse("001_x_de-fault_upgrade.sql")).isNull();
		assertThat(ScriptName.parse("001_add_views.sql")).isNull();
		assertThat(ScriptName.parse("0000000001_x_default_upgrade.sql")).isNull();
	}

	@Test
	void tellsNumberedPythonAndIgnoredFiles() {
		assertThat(ScriptName.isNumbered("003_add_views.py")).isTrue();
		assertThat(ScriptName.isPython("003_add_views.py")).isTrue();
		assertThat(ScriptName.isIgnored("__init__.py")).isTrue();
		assertThat(ScriptName.isIgnored("003_add_views.pyc")).isTrue();
		assertThat(ScriptName.isIgnored("README")).isTrue();
		assertThat(ScriptName.isIgnored("123abc.sql")).isTrue();
		assertThat(ScriptName.leadingNumber("0042_x.sql")).isEqualTo(42);
	}

	@Test
	void suggestsTheNameAMisnamedScriptShouldHave() {
		assertThat(ScriptName.suggestedName("V4__add_views.sql")).isEqualTo("004_add_views_default_upgrade.sql");
		assertThat(ScriptName.suggestedName("U4__add_views.sql")).isEqualTo("004_add_views_default_downgrade.sql");
		assertThat(ScriptName.suggestedName("004-add-views_default_upgrade.sql")).isEqualTo("004_add_views_default_upgrade.sql");
		assertThat(ScriptName.suggestedName("004_add_views_upgrade.sql")).isEqualTo("004_add_views_default_upgrade.sql");
		assertThat(ScriptName.suggestedName("4_add_views_postgresql_downgrade.sql"))
			.isEqualTo("004_add_views_postgresql_downgrade.sql");
		assertThat(ScriptName.suggestedName("001_x_default_upgrade.SQL")).isEqualTo("001_x_default_upgrade.sql");
		assertThat(ScriptName.suggestedName("002_x.sql")).isEqualTo("002_x_default_upgrade.sql");
		assertThat(ScriptName.suggestedName("schema.sql")).isNull();
		assertThat(ScriptName.suggestedName("R__views.sql")).isNull();
	}

	@Test
	void knowsOurDialectsAndSqlAlchemysOthers() {
		assertThat(ScriptName.isKnownDialect("default")).isTrue();
		assertThat(ScriptName.isKnownDialect("postgresql")).isTrue();
		assertThat(ScriptName.isKnownDialect("sqlite")).isTrue();
		assertThat(ScriptName.isKnownDialect("views")).isFalse();
		assertThat(ScriptName.looksLikeChangeset("V4__add_views.sql")).isTrue();
		assertThat(ScriptName.looksLikeChangeset("README")).isFalse();
		assertThat(ScriptName.looksLikeChangeset("__init__.py")).isFalse();
	}

}

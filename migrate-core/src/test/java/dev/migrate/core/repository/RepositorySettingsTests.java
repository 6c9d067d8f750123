package dev.migrate.core.repository;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepositorySettingsTests {

	@Test
	void readsTheDbSettingsSectionOnly() {
		RepositorySettings settings = RepositorySettings.parse("[other]\nrepository_id = no\n\n[db_settings]\n"
				+ "# a comment\nrepository_id = cms\nversion_table: migrate_version\nuse_timestamp_numbering = False\n");
		assertThat(settings).isEqualTo(new RepositorySettings("cms", "migrate_version", false));
	}

	@Test
	void readsWindowsAndOldMacLineEndings() {
		assertThat(RepositorySettings.parse("[db_settings]\r\nrepository_id = cms\r\nuse_timestamp_numbering = True\r\n"))
			.isEqualTo(new RepositorySettings("cms", null, true));
		assertThat(RepositorySettings.parse("[db_settings]\rrepository_id = cms\rversion_table = v"))
			.isEqualTo(new RepositorySettings("cms", "v", false));
	}

	@Test
	void hasNoSettingsWhenEmpty() {
		assertThat(RepositorySettings.parse("")).isEqualTo(RepositorySettings.NONE);
	}

}

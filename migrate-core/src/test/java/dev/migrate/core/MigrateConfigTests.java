package dev.migrate.core;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MigrateConfigTests {

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:config");

	@Test
	void hasTheDocumentedDefaults() {
		MigrateConfig config = MigrateConfig.builder().dataSource(this.dataSource).build();
		assertThat(config.location()).isEqualTo("classpath:db/migrate");
		assertThat(config.javaPackage()).isEqualTo("db.migrate");
		assertThat(config.repositoryId()).isNull();
		assertThat(config.versionTable()).isNull();
		assertThat(config.historyTable()).isEqualTo("migrate_history");
		assertThat(config.target()).isNull();
		assertThat(config.baselineVersion()).isZero();
		assertThat(config.baselineOnExistingSchema()).isFalse();
		assertThat(config.validateOnUpgrade()).isTrue();
		assertThat(config.onNewerDatabase()).isEqualTo(MigrateConfig.OnNewerDatabase.FAIL);
		assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.placeholders()).isEmpty();
		assertThat(config.dialect()).isNull();
	}

	@Test
	void aRefusedValueNamesItsComponentValueAndReasonAsFields() {
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).versionTable("shop-version").build())
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("versionTable"))
			.satisfies((ex) -> assertThat(ex.value()).isEqualTo("shop-version"))
			.satisfies((ex) -> assertThat(ex.reason()).startsWith("is not a plain SQL name"));
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).lockTimeout(Duration.ofSeconds(-1)).build())
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("lockTimeout"))
			.satisfies((ex) -> assertThat(ex.value()).isEqualTo("PT-1S"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("must not be negative"));
		assertThatExceptionOfType(InvalidConfigException.class)
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).onNewerDatabase(null).build())
			.withMessage("onNewerDatabase must not be null")
			.satisfies((ex) -> assertThat(ex.value()).isNull());
	}

	@Test
	void failsFastNamingTheBadValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> MigrateConfig.builder().build())
			.withMessage("dataSource must be set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).historyTable("history; DROP TABLE x").build())
			.withMessageStartingWith("historyTable 'history; DROP TABLE x' is not a plain SQL name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).target(-1).build())
			.withMessage("target must be 0 or more, not -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MigrateConfig.builder().dataSource(this.dataSource).lockTimeout(Duration.ofSeconds(-1)).build())
			.withMessageStartingWith("lockTimeout must not be negative");
	}

	@Test
	void isImmutableAndCopiesIntoANewBuilder() {
		MigrateConfig config = MigrateConfig.builder().dataSource(this.dataSource).placeholder("a", "b").build();
		MigrateConfig changed = config.toBuilder().placeholder("c", "d").repositoryId("x").build();
		assertThat(config.placeholders()).containsOnlyKeys("a");
		assertThat(changed.placeholders()).containsOnlyKeys("a", "c");
		assertThat(changed.repositoryId()).isEqualTo("x");
	}

}

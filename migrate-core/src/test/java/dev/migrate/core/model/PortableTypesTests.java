package dev.migrate.core.model;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which spellings of each database, and of Hibernate, are a portable type of the changeset API. */
class PortableTypesTests {

	@Test
	void postgresqlsOwnSpellingsAreThePortableTypesItWrites() {
		PortableTypes types = new PortableTypes("postgresql");
		assertThat(types.of(column("int4", null, null))).isEqualTo(Type.INTEGER);
		assertThat(types.of(column("int8", null, null))).isEqualTo(Type.BIGINT);
		assertThat(types.of(column("bool", null, null))).isEqualTo(Type.BOOLEAN);
		assertThat(types.of(column("varchar", 20, null))).isEqualTo(Type.varchar(20));
		assertThat(types.of(column("numeric", 10, 2))).isEqualTo(Type.decimal(10, 2));
		assertThat(types.of(column("timestamptz", null, null))).isEqualTo(Type.TIMESTAMP_WITH_TIME_ZONE);
		assertThat(types.of(column("timestamptz", 3, null))).isEqualTo(Type.raw("timestamptz(3)"));
		assertThat(types.of(column("bytea", null, null))).isEqualTo(Type.BINARY);
		assertThat(types.of(column("jsonb", null, null))).isEqualTo(Type.JSON);
		assertThat(types.of(column("float8", null, null))).isEqualTo(Type.raw("float8"));
		assertThat(types.of(column("bpchar", 3, null))).isEqualTo(Type.raw("bpchar(3)"));
	}

	@Test
	void hibernatesSpellingsAreKnownToo() {
		PortableTypes types = new PortableTypes("postgresql");
		assertThat(types.of(column("varchar(255)", null, null))).isEqualTo(Type.varchar(255));
		assertThat(types.of(column("numeric(38,2)", null, null))).isEqualTo(Type.decimal(38, 2));
		assertThat(types.of(column("timestamp(6) with time zone", null, null))).isEqualTo(Type.TIMESTAMP_WITH_TIME_ZONE);
		assertThat(types.of(column("timestamp(6)", null, null))).isEqualTo(Type.TIMESTAMP);
		assertThat(types.of(column("float(53)", null, null))).isEqualTo(Type.raw("float(53)"));
	}

	@Test
	void mysqlAndH2SpellTheirOwn() {
		PortableTypes mysql = new PortableTypes("mysql");
		assertThat(mysql.of(column("datetime", 6, null))).isEqualTo(Type.TIMESTAMP);
		assertThat(mysql.of(column("datetime(6)", null, null))).isEqualTo(Type.TIMESTAMP);
		assertThat(mysql.of(column("datetime", null, null))).isEqualTo(Type.raw("datetime"));
		assertThat(mysql.of(column("datetime", 3, null))).isEqualTo(Type.raw("datetime(3)"));
		assertThat(mysql.of(column("longtext", null, null))).isEqualTo(Type.TEXT);
		assertThat(mysql.of(column("bit", null, null))).isEqualTo(Type.raw("bit"));
		assertThat(mysql.of(column("timestamp", null, null))).isEqualTo(Type.raw("timestamp"));
		PortableTypes h2 = new PortableTypes("h2");
		assertThat(h2.of(column("character varying", 1_000_000_000, null))).isEqualTo(Type.TEXT);
		assertThat(h2.of(column("character varying", 40, null))).isEqualTo(Type.varchar(40));
		assertThat(h2.of(column("uuid", 16, null))).isEqualTo(Type.UUID);
		assertThat(h2.of(column("binary varying", 1_000_000_000, null))).isEqualTo(Type.BINARY);
	}

	@Test
	void aNarrowerTypeSaysWhatItLosesAndAWiderOneNothing() {
		assertThat(PortableTypes.loss(Type.varchar(100), Type.varchar(200))).isNull();
		assertThat(PortableTypes.loss(Type.varchar(100), Type.TEXT)).isNull();
		assertThat(PortableTypes.loss(Type.INTEGER, Type.BIGINT)).isNull();
		assertThat(PortableTypes.loss(Type.INTEGER, Type.decimal(12, 2))).isNull();
		assertThat(PortableTypes.loss(Type.decimal(10, 2), Type.decimal(12, 3))).isNull();
		assertThat(PortableTypes.loss(Type.varchar(200), Type.varchar(100))).contains("longer than 100 characters");
		assertThat(PortableTypes.loss(Type.BIGINT, Type.INTEGER)).contains("beyond the range of integer");
		assertThat(PortableTypes.loss(Type.decimal(10, 2), Type.decimal(8, 2))).contains("more than 6 digits before the point");
		assertThat(PortableTypes.loss(Type.TEXT, Type.INTEGER)).contains("converted from text to integer");
	}

	private static ColumnSnapshot column(String type, Integer size, Integer scale) {
		return new ColumnSnapshot("c", type, size, scale, true, null);
	}

}

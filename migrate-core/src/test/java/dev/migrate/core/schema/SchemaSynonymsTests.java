package dev.migrate.core.schema;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each database's synonyms make one what Hibernate's dialect writes and what the database's catalog reads
 * back: the pairs below are those seen on PostgreSQL 15, MariaDB 10.11 and H2 2.3.
 */
class SchemaSynonymsTests {

	@Test
	void postgresqlMakesItsTypeNamesThoseOfPgjdbc() {
		SchemaSynonyms postgres = new PostgresSynonyms();
		assertSame(postgres, "integer", "int4");
		assertSame(postgres, "serial", "int4");
		assertSame(postgres, "bigint", "bigserial");
		assertSame(postgres, "smallint", "int2");
		assertSame(postgres, "boolean", "bool");
		assertSame(postgres, "character varying(255)", "varchar(255)");
		assertSame(postgres, "char(1)", "bpchar(1)");
		assertSame(postgres, "timestamp(6) with time zone", "timestamptz");
		assertSame(postgres, "timestamp(6)", "timestamp");
		assertSame(postgres, "timestamp(6) with time zone", "timestamptz");
		assertSame(postgres, "timestamp(3) with time zone", "timestamptz(3)");
		assertThat(declaration(postgres, "timestamp(3)")).isEqualTo("timestamp(3)").isNotEqualTo(declaration(postgres, "timestamp"));
		assertSame(postgres, "time(0)", "time");
		assertSame(postgres, "float(53)", "float8");
		assertSame(postgres, "double precision", "float8");
		assertSame(postgres, "float(24)", "float4");
		assertSame(postgres, "decimal(10,2)", "numeric(10,2)");
		assertThat(declaration(postgres, "numeric(10)")).isEqualTo("numeric(10,0)");
		assertThat(declaration(postgres, "varchar(100)")).isNotEqualTo(declaration(postgres, "varchar(150)"));
		assertThat(declaration(postgres, "int4")).isNotEqualTo(declaration(postgres, "int8"));
	}

	@Test
	void postgresqlTakesOffCastsAndASerialsOwnDefault() {
		SchemaSynonyms postgres = new PostgresSynonyms();
		assertThat(postgres.defaultValue("varchar", "'draft'::character varying")).isEqualTo("'draft'");
		assertThat(postgres.defaultValue("numeric", "0::numeric(10,2)")).isEqualTo("0");
		assertThat(postgres.defaultValue("bigserial", "nextval('post_id_seq'::regclass)")).isNull();
		assertThat(postgres.defaultValue("int8", "nextval('shared_seq'::regclass)")).isEqualTo("nextval('shared_seq')");
		assertThat(postgres.defaultValue("timestamptz", "CURRENT_TIMESTAMP")).isEqualTo("current_timestamp");
		assertThat(postgres.defaultValue("varchar", "'Draft'")).isEqualTo("'Draft'");
		assertThat(postgres.defaultValue("int4", "'-1'::integer")).isEqualTo("-1");
		assertThat(postgres.defaultValue("varchar", "'a::b'::character varying")).isEqualTo("'a::b'");
	}

	@Test
	void mariaDbMakesItsTypeNamesThoseOfItsDriverAndRestrictNoAction() {
		SchemaSynonyms mariaDb = new MySqlSynonyms();
		assertSame(mariaDb, "integer", "int");
		assertSame(mariaDb, "float(53)", "double");
		assertSame(mariaDb, "double precision", "double");
		assertSame(mariaDb, "float(23)", "float");
		assertSame(mariaDb, "numeric(38,2)", "decimal(38,2)");
		assertSame(mariaDb, "datetime(6)", "DATETIME(6)");
		assertThat(declaration(mariaDb, "datetime(6)")).isEqualTo("datetime(6)").isNotEqualTo(declaration(mariaDb, "datetime"));
		assertSame(mariaDb, "timestamp(3)", "timestamp(3)");
		assertSame(mariaDb, "datetime(0)", "datetime");
		assertSame(mariaDb, "time(3)", "time");
		assertSame(mariaDb, "enum ('A','B')", "enum");
		assertSame(mariaDb, "bit", "bit");
		assertThat(declaration(mariaDb, "bit")).isNotEqualTo(declaration(mariaDb, "tinyint"));
		assertThat(mariaDb.rule("RESTRICT")).isEqualTo(mariaDb.rule("NO ACTION"));
		assertThat(mariaDb.rule("CASCADE")).isEqualTo("CASCADE");
		assertThat(mariaDb.defaultValue("datetime", "current_timestamp()")).isEqualTo("current_timestamp");
		assertThat(mariaDb.defaultValue("bit", "b'0'")).isEqualTo(mariaDb.defaultValue("bit", "0")).isEqualTo("0");
		assertThat(mariaDb.defaultValue("bit", "b'101'")).isEqualTo("5");
		assertThat(mariaDb.defaultValue("boolean", "true")).isEqualTo(mariaDb.defaultValue("boolean", "1"));
		assertThat(mariaDb.defaultValue("bit", "false")).isEqualTo("0");
		assertThat(mariaDb.defaultValue("varchar", "'true'")).isEqualTo("'true'");
	}

	@Test
	void h2MakesItsTypeNamesThoseOfItsCatalog() {
		SchemaSynonyms h2 = new H2Synonyms();
		assertSame(h2, "varchar(40)", "character varying(40)");
		assertSame(h2, "char(1)", "character(1)");
		assertSame(h2, "varbinary(255)", "binary varying(255)");
		assertSame(h2, "float(53)", "double precision");
		assertSame(h2, "float(24)", "real");
		assertSame(h2, "clob", "character large object");
		assertSame(h2, "timestamp(6) with time zone", "timestamp with time zone");
		assertSame(h2, "enum ('A','B')", "enum('a', 'b')");
		assertSame(h2, "decimal(10,3)", "numeric(10,3)");
		assertSame(h2, "varchar_ignorecase(30)", "VARCHAR_IGNORECASE(30)");
		assertThat(declaration(h2, "varchar_ignorecase(30)")).isEqualTo("varchar_ignorecase(30)")
			.isNotEqualTo(declaration(h2, "varchar(30)"));
		assertThat(new ColumnSnapshot("u", "uuid", 16, null, true, null)).extracting((column) -> h2.column(column).typeDeclaration())
			.isEqualTo("uuid");
	}

	@Test
	void theStandardSynonymsKeepTheSizesOfStandardTypesAlone() {
		assertThat(declaration(SchemaSynonyms.STANDARD, "VARCHAR(20)")).isEqualTo("varchar(20)");
		assertThat(declaration(SchemaSynonyms.STANDARD, "timestamp(3)")).isEqualTo("timestamp");
		assertThat(SchemaSynonyms.plain(" (0) ")).isEqualTo("0");
		assertThat(SchemaSynonyms.plain("  ")).isNull();
	}

	private static void assertSame(SchemaSynonyms synonyms, String hibernate, String database) {
		assertThat(declaration(synonyms, hibernate)).as(hibernate + " and " + database)
			.isEqualTo(declaration(synonyms, database));
	}

	private static String declaration(SchemaSynonyms synonyms, String type) {
		return column(synonyms, type, null).typeDeclaration();
	}

	private static ColumnSnapshot column(SchemaSynonyms synonyms, String type, @Nullable String defaultValue) {
		return synonyms.column(new ColumnSnapshot("c", type, null, null, true, defaultValue));
	}

}

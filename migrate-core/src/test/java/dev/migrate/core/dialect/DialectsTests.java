package dev.migrate.core.dialect;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The registry of dialects, and how each recognises its database: on connection proxies, with no server. */
class DialectsTests {

	/** How often a proxy's metadata was asked for: the cheap path asks none. */
	private final AtomicInteger metaDataCalls = new AtomicInteger();

	@Test
	void theBuiltInDialectsAreLoadedInTheOrderOfTheirServiceFile() {
		assertThat(Dialects.names()).containsExactly("postgresql", "mysql", "h2", "sqlite");
	}

	@Test
	void theCoresServicesFileListsTheDialectsKnownWithoutIt() throws java.io.IOException {
		try (java.io.InputStream file = Dialects.class
			.getResourceAsStream("/META-INF/services/dev.migrate.core.dialect.Dialect")) {
			assertThat(file).as("the core's services file").isNotNull();
			assertThat(new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")))
				.containsExactly(PostgresDialect.class.getName(), MySqlDialect.class.getName(), H2Dialect.class.getName(),
						SqliteDialect.class.getName());
		}
	}

	@Test
	void aDialectIsFoundByItsNameOrAnAliasInAnyCase() {
		assertThat(Dialects.byName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
		assertThat(Dialects.byName("postgres")).isInstanceOf(PostgresDialect.class);
		assertThat(Dialects.byName("MariaDB")).isInstanceOf(MySqlDialect.class);
		assertThat(Dialects.byName("h2")).isInstanceOf(H2Dialect.class);
		assertThat(Dialects.byName("SQLite")).isInstanceOf(SqliteDialect.class);
	}

	@Test
	void anUnknownNameIsRejectedWithTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Dialects.byName("oracle"))
			.withMessage("Unknown dialect 'oracle': use one of postgresql (or postgres), mysql (or mariadb), h2, sqlite");
	}

	@Test
	void pgjdbcsConnectionToPostgreSqlIsPostgreSqlWithoutAQuery() throws SQLException {
		assertThat(Dialects.detect(pgConnection(Map.of("server_version", "15.4")))).isInstanceOf(PostgresDialect.class);
		assertThat(this.metaDataCalls).hasValue(0);
	}

	@Test
	void cockroachDbIsRefusedThoughItSpeaksPostgreSqlsProtocol() {
		Connection cockroach = pgConnection(Map.of("server_version", "13.0.0", "crdb_version", "CockroachDB CCL v23.1.11"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dialects.detect(cockroach))
			.withMessage("CockroachDB speaks PostgreSQL's protocol but is not PostgreSQL: Migrate has no dialect for it "
					+ "(the known ones are postgresql (or postgres), mysql (or mariadb), h2, sqlite)");
		assertThat(this.metaDataCalls).hasValue(0);
	}

	@Test
	void yugabyteDbIsRefusedThoughItSpeaksPostgreSqlsProtocol() {
		Connection yugabyte = pgConnection(Map.of("server_version", "11.2-YB-2.18.0.0-b0"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dialects.detect(yugabyte))
			.withMessageStartingWith("YugabyteDB speaks PostgreSQL's protocol but is not PostgreSQL");
	}

	@Test
	void aDriverNoDialectKnowsIsToldByItsProductName() throws SQLException {
		assertThat(Dialects.detect(connection("MariaDB"))).isInstanceOf(MySqlDialect.class);
		assertThat(Dialects.detect(connection("MySQL"))).isInstanceOf(MySqlDialect.class);
		assertThat(Dialects.detect(connection("H2"))).isInstanceOf(H2Dialect.class);
		assertThat(Dialects.detect(connection("PostgreSQL"))).isInstanceOf(PostgresDialect.class);
		assertThat(Dialects.detect(connection("SQLite"))).isInstanceOf(SqliteDialect.class);
	}

	@Test
	void anUnknownDatabaseFailsWithItsProductAndTheKnownDialectsAndNeverFallsBackToPostgreSql() {
		assertThatIllegalArgumentException().isThrownBy(() -> Dialects.detect(connection("Oracle")))
			.withMessage("Migrate has no dialect for Oracle: the known ones are postgresql (or postgres), mysql "
					+ "(or mariadb), h2, sqlite. Set the dialect in the configuration if one of them is this database's.");
	}

	@Test
	void eachDialectNamesItsOwnSchemaKind() {
		assertThat(Dialects.byName("mysql").schemaIsCatalog()).isTrue();
		assertThat(Dialects.byName("postgresql").schemaIsCatalog()).isFalse();
		assertThat(Dialects.byName("h2").schemaIsCatalog()).isFalse();
		assertThat(Dialects.byName("sqlite").schemaIsCatalog()).isFalse();
	}

	/** A connection of pgjdbc's kind, whose server reported these parameters when it connected. */
	private Connection pgConnection(Map<String, String> parameters) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class, PGConnection.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getParameterStatus" -> parameters.get((String) args[0]);
					case "unwrap" -> proxy;
					case "getMetaData" -> {
						this.metaDataCalls.incrementAndGet();
						throw new AssertionError("the metadata was asked for");
					}
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	/** A connection of a driver no dialect knows, to a database of this product name. */
	private Connection connection(String product) {
		DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DatabaseMetaData.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getDatabaseProductName" -> product;
					default -> throw new UnsupportedOperationException(method.getName());
				});
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> switch (method.getName()) {
					case "unwrap" -> proxy;
					case "getMetaData" -> {
						this.metaDataCalls.incrementAndGet();
						yield metaData;
					}
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

}

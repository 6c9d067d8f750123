package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's catalog: keys, checks and indexes of a whole schema from {@code pg_catalog} in one query
 * each (pgjdbc's metadata takes a call a table, and a fifth of a second for a schema's primary keys),
 * and the objects {@link PostgresCatalog} reads. A {@code timestamp} or {@code timestamptz} of other
 * fractional seconds than the default 6 keeps them as its size (a time's are not read: Hibernate writes
 * {@code time(0)} where people write {@code time}, which keeps more, and loses nothing).
 */
public final class PostgresSnapshotCatalog implements SnapshotCatalog {

	private static final String PRIMARY_KEYS = """
			select cl.relname, con.conname, a.attname, k.position
			from pg_constraint con
			join pg_class cl on cl.oid = con.conrelid
			join pg_namespace ns on ns.oid = cl.relnamespace
			cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
			join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
			where con.contype = 'p' and ns.nspname = ?""";

	private static final String CHECKS = """
			select cl.relname, con.conname, pg_get_constraintdef(con.oid)
			from pg_constraint con
			join pg_class cl on cl.oid = con.conrelid
			join pg_namespace ns on ns.oid = cl.relnamespace
			where con.contype = 'c' and ns.nspname = ?""";

	private static final String INDEXES = """
			select t.relname, i.relname, ix.indisunique, pg_catalog.pg_get_indexdef(ix.indexrelid, k.position::int, false),
			       k.position
			from pg_index ix
			join pg_class t on t.oid = ix.indrelid
			join pg_class i on i.oid = ix.indexrelid
			join pg_namespace ns on ns.oid = t.relnamespace
			cross join lateral generate_series(1, ix.indnatts) as k(position)
			where ns.nspname = ?""";

	/** pgjdbc gives a timestamp's fractional seconds as its decimal digits. */
	@Override
	public @Nullable Integer fractionalSeconds(int dataType, @Nullable Integer columnSize,
			@Nullable Integer decimalDigits) {
		boolean fractional = dataType == Types.TIMESTAMP || dataType == Types.TIMESTAMP_WITH_TIMEZONE;
		return (fractional && decimalDigits != null && decimalDigits != PostgresSynonyms.FRACTIONAL_SECONDS)
				? decimalDigits : null;
	}

	@Override
	public boolean readsKeysOfWholeSchema() {
		return true;
	}

	@Override
	public String primaryKeysQuery() {
		return PRIMARY_KEYS;
	}

	@Override
	public List<String> checkConstraintsQueries() {
		return List.of(CHECKS);
	}

	@Override
	public String indexesQuery() {
		return INDEXES;
	}

	@Override
	public List<SchemaObjectSnapshot> objects(Connection connection, String schema, Set<String> excludedTables)
			throws SQLException {
		return new PostgresCatalog(connection, schema, excludedTables).read();
	}

}

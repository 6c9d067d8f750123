package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's views and materialized views, functions and procedures, triggers, sequences, enum and
 * domain types, extensions, comments on tables, views and columns, and grants on tables. Objects that belong to an
 * extension are the extension's, and left out; so are internal triggers (those behind foreign keys).
 */
final class PostgresCatalog extends Catalog {

	/** Objects an extension made (pg_depend deptype 'e'), to leave out. */
	private static final String NOT_OF_AN_EXTENSION = """
			not exists (select 1 from pg_depend d where d.objid = %s and d.classid = '%s'::regclass and d.deptype = 'e')""";

	private static final String VIEWS = """
			select c.relname, c.relkind, pg_get_viewdef(c.oid)
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and c.relkind in ('v', 'm') and\s""" + NOT_OF_AN_EXTENSION.formatted("c.oid", "pg_class");

	private static final String ROUTINES = """
			select p.proname, oidvectortypes(p.proargtypes), p.prokind, pg_get_functiondef(p.oid)
			from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			where n.nspname = ? and p.prokind in ('f', 'p') and\s""" + NOT_OF_AN_EXTENSION.formatted("p.oid", "pg_proc");

	private static final String TRIGGERS = """
			select c.relname, t.tgname, pg_get_triggerdef(t.oid)
			from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and not t.tgisinternal""";

	/** The column owning a sequence: deptype 'a' for serial and OWNED BY, 'i' for identity. */
	private static final String SEQUENCES = """
			select c.relname, owner.relname, a.attname, s.seqincrement, s.seqstart, s.seqmin, s.seqmax, s.seqcycle
			from pg_sequence s
			join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
			left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid
			  and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
			left join pg_class owner on owner.oid = d.refobjid
			left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
			where n.nspname = ? and\s""" + NOT_OF_AN_EXTENSION.formatted("c.oid", "pg_class");

	private static final String ENUMS = """
			select t.typname, array_to_string(array_agg(e.enumlabel order by e.enumsortorder), ', ')
			from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
			where n.nspname = ? and\s""" + NOT_OF_AN_EXTENSION.formatted("t.oid", "pg_type") + """

			group by t.typname""";

	/** A domain's check constraints; its NOT NULL is a property of its own (PostgreSQL 17 also lists it as a constraint). */
	private static final String DOMAINS = """
			select t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,
			  (select string_agg(con.conname || ' ' || pg_get_constraintdef(con.oid), ', ' order by con.conname)
			   from pg_constraint con where con.contypid = t.oid and con.contype = 'c')
			from pg_type t join pg_namespace n on n.oid = t.typnamespace
			where n.nspname = ? and t.typtype = 'd' and\s""" + NOT_OF_AN_EXTENSION.formatted("t.oid", "pg_type");

	/** Extensions are database-wide: those whose objects live in this schema are its. */
	private static final String EXTENSIONS = """
			select e.extname, e.extversion from pg_extension e join pg_namespace n on n.oid = e.extnamespace
			where n.nspname = ?""";

	private static final String COMMENTS = """
			select c.relname, c.relkind, a.attname, d.description
			from pg_description d
			join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass
			join pg_namespace n on n.oid = c.relnamespace
			left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0
			where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm')""";

	/**
	 * What others than the owner may do with the schema's tables and views: from their ACLs, which are
	 * null (nothing to read) for the many with the default privileges. A tenth of the cost of
	 * {@code information_schema.role_table_grants}, which the round trip reads twice a changeset.
	 */
	private static final String GRANTS = """
			select c.relname, case when a.grantee = 0 then 'PUBLIC' else a.grantee::regrole::text end,
			  string_agg(a.privilege_type, ', ' order by a.privilege_type)
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			cross join lateral aclexplode(c.relacl) a
			where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm') and c.relacl is not null and a.grantor <> a.grantee
			group by 1, 2""";

	PostgresCatalog(Connection connection, String schema, Set<String> excludedTables) {
		super(connection, schema, excludedTables);
	}

	@Override
	List<SchemaObjectSnapshot> read() throws SQLException {
		query(VIEWS, (rows) -> this.objects.add(SchemaObjectSnapshot.of(
				rows.getString(2).equals("m") ? "materialized view" : "view", rows.getString(1),
				normalised(rows.getString(3)))));
		query(ROUTINES, (rows) -> this.objects.add(SchemaObjectSnapshot.of(
				rows.getString(3).equals("p") ? "procedure" : "function", rows.getString(1) + "(" + rows.getString(2) + ")",
				source(rows.getString(4)))));
		query(TRIGGERS, (rows) -> {
			if (!excluded(rows.getString(1))) {
				this.objects.add(SchemaObjectSnapshot.of("trigger", rows.getString(1) + "." + rows.getString(2),
						normalised(rows.getString(3))));
			}
		});
		query(SEQUENCES, (rows) -> {
			String owner = rows.getString(2);
			if (excluded(owner)) {
				return;
			}
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("owned by", (owner != null && rows.getString(3) != null) ? owner + "." + rows.getString(3)
					: SchemaObjectSnapshot.NONE);
			properties.put("increment", rows.getString(4));
			properties.put("start", rows.getString(5));
			properties.put("min", rows.getString(6));
			properties.put("max", rows.getString(7));
			properties.put("cycle", String.valueOf(rows.getBoolean(8)));
			this.objects.add(new SchemaObjectSnapshot("sequence", rows.getString(1), properties));
		});
		query(ENUMS, (rows) -> this.objects
			.add(new SchemaObjectSnapshot("type", rows.getString(1), Map.of("labels", "[" + rows.getString(2) + "]"))));
		query(DOMAINS, (rows) -> {
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("base type", rows.getString(2));
			properties.put("not null", String.valueOf(rows.getBoolean(3)));
			properties.put("default", normalised(rows.getString(4)));
			properties.put("constraints", "[" + ((rows.getString(5) != null) ? normalised(rows.getString(5)) : "") + "]");
			this.objects.add(new SchemaObjectSnapshot("domain", rows.getString(1), properties));
		});
		query(EXTENSIONS, (rows) -> this.objects
			.add(new SchemaObjectSnapshot("extension", rows.getString(1), Map.of("version", rows.getString(2)))));
		query(COMMENTS, (rows) -> {
			String table = rows.getString(1);
			if (excluded(table)) {
				return;
			}
			String column = rows.getString(3);
			String on = (column != null) ? "column \"" + table + "\".\"" + column + "\""
					: (rows.getString(2).equals("v") ? "view" : rows.getString(2).equals("m") ? "materialized view" : "table")
							+ " \"" + table + "\"";
			this.objects.add(new SchemaObjectSnapshot("comment", on, Map.of("text", rows.getString(4))));
		});
		query(GRANTS, this::grant);
		return this.objects;
	}

}

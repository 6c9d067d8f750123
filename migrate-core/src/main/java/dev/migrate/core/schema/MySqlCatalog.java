package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MySQL's and MariaDB's views, procedures and functions, triggers and table grants, from
 * {@code information_schema}; MariaDB's sequences, each read from itself.
 * Definers and security types are left out: they name who ran the script, not what it made.
 */
final class MySqlCatalog extends Catalog {

	private static final String VIEWS = """
			select table_name, view_definition, check_option from information_schema.views where table_schema = ?""";

	private static final String ROUTINES = """
			select r.routine_type, r.routine_name, r.dtd_identifier, r.is_deterministic, r.sql_data_access,
			  r.routine_definition,
			  (select group_concat(concat_ws(' ', p.parameter_mode, p.parameter_name, p.dtd_identifier)
			     order by p.ordinal_position separator ', ')
			   from information_schema.parameters p
			   where p.specific_schema = r.routine_schema and p.specific_name = r.specific_name
			     and p.routine_type = r.routine_type and p.ordinal_position > 0)
			from information_schema.routines r where r.routine_schema = ?""";

	private static final String TRIGGERS = """
			select event_object_table, trigger_name, action_timing, event_manipulation, action_orientation,
			  action_statement
			from information_schema.triggers where trigger_schema = ?""";

	/** The privileges granted on the database's tables, as far as this user may see. */
	private static final String GRANTS = """
			select table_name, grantee, group_concat(privilege_type order by privilege_type separator ', ')
			from information_schema.table_privileges
			where table_schema = ?
			group by table_name, grantee""";

	/** MariaDB's sequences (10.3 and later) are tables of their own type; MySQL has none. */
	private static final String SEQUENCES = """
			select table_name from information_schema.tables where table_schema = ? and table_type = 'SEQUENCE'""";

	MySqlCatalog(Connection connection, String schema, Set<String> excludedTables) {
		super(connection, schema, excludedTables);
	}

	@Override
	List<SchemaObjectSnapshot> read() throws SQLException {
		query(VIEWS, (rows) -> {
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put(SchemaObjectSnapshot.DEFINITION, normalised(rows.getString(2)));
			properties.put("check option", orNone(rows.getString(3)));
			this.objects.add(new SchemaObjectSnapshot("view", rows.getString(1), properties));
		});
		query(ROUTINES, (rows) -> {
			boolean function = "FUNCTION".equalsIgnoreCase(rows.getString(1));
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("parameters", "(" + ((rows.getString(7) != null) ? rows.getString(7) : "") + ")");
			if (function) {
				properties.put("returns", orNone(rows.getString(3)));
			}
			properties.put("deterministic", orNone(rows.getString(4)));
			properties.put("data access", orNone(rows.getString(5)));
			properties.put(SchemaObjectSnapshot.DEFINITION, source(rows.getString(6)));
			this.objects.add(new SchemaObjectSnapshot(function ? "function" : "procedure", rows.getString(2), properties));
		});
		query(TRIGGERS, (rows) -> {
			if (excluded(rows.getString(1))) {
				return;
			}
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("timing", rows.getString(3));
			properties.put("event", rows.getString(4));
			properties.put("for each", rows.getString(5));
			properties.put(SchemaObjectSnapshot.DEFINITION, source(rows.getString(6)));
			this.objects.add(new SchemaObjectSnapshot("trigger", rows.getString(1) + "." + rows.getString(2), properties));
		});
		query(GRANTS, this::grant);
		List<String> sequences = new ArrayList<>();
		query(SEQUENCES, (rows) -> sequences.add(rows.getString(1)));
		for (String sequence : sequences) {
			query("select increment, start_value, minimum_value, maximum_value, cycle_option from " + quoted(schema())
					+ "." + quoted(sequence), (rows) -> {
						Map<String, String> properties = new LinkedHashMap<>();
						properties.put("increment", rows.getString(1));
						properties.put("start", rows.getString(2));
						properties.put("min", rows.getString(3));
						properties.put("max", rows.getString(4));
						properties.put("cycle", String.valueOf(rows.getBoolean(5)));
						this.objects.add(new SchemaObjectSnapshot("sequence", sequence, properties));
					});
		}
		return this.objects;
	}

	private static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}

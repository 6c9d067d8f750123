package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2's views and sequences, from {@code information_schema} (H2 2.x). The sequences behind identity
 * columns are not listed there: they belong to their columns.
 */
final class H2Catalog extends Catalog {

	private static final String VIEWS = """
			select table_name, view_definition from information_schema.views where table_schema = ?""";

	private static final String SEQUENCES = """
			select sequence_name, increment, start_value, minimum_value, maximum_value, cycle_option
			from information_schema.sequences where sequence_schema = ?""";

	H2Catalog(Connection connection, String schema, Set<String> excludedTables) {
		super(connection, schema, excludedTables);
	}

	@Override
	List<SchemaObjectSnapshot> read() throws SQLException {
		query(VIEWS, (rows) -> this.objects
			.add(SchemaObjectSnapshot.of("view", rows.getString(1), normalised(rows.getString(2)))));
		query(SEQUENCES, (rows) -> {
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("increment", rows.getString(2));
			properties.put("start", rows.getString(3));
			properties.put("min", rows.getString(4));
			properties.put("max", rows.getString(5));
			properties.put("cycle", String.valueOf("YES".equalsIgnoreCase(rows.getString(6))));
			this.objects.add(new SchemaObjectSnapshot("sequence", rows.getString(1), properties));
		});
		return this.objects;
	}

}

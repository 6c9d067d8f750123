package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * H2's catalog (2.x): the indexes behind constraints have names of their own, unnamed constraints get
 * names that change when they are made again, and the objects {@link H2Catalog} reads.
 */
public final class H2SnapshotCatalog implements SnapshotCatalog {

	/** The names H2 gives unnamed constraints: they change when a constraint is dropped and added again. */
	private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+");

	/** Every index column of a schema in one query. */
	private static final String INDEXES = """
			select table_name, index_name, is_unique, column_name, ordinal_position
			from information_schema.index_columns
			where table_schema = ?""";

	/** The indexes H2 made for constraints; a foreign key may use one made by hand, which stays an index. */
	private static final String CONSTRAINT_INDEXES = """
			select table_name, index_name from information_schema.indexes
			where table_schema = ? and is_generated""";

	@Override
	public List<String> checkConstraintsQueries() {
		return List.of(STANDARD_CHECKS);
	}

	@Override
	public String constraintIndexesQuery() {
		return CONSTRAINT_INDEXES;
	}

	@Override
	public String indexesQuery() {
		return INDEXES;
	}

	@Override
	public boolean isGeneratedName(String name) {
		return GENERATED_NAME.matcher(name).matches();
	}

	@Override
	public List<SchemaObjectSnapshot> objects(Connection connection, String schema, Set<String> excludedTables)
			throws SQLException {
		return new H2Catalog(connection, schema, excludedTables).read();
	}

}

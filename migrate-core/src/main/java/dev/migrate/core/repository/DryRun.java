package dev.migrate.core.repository;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.SchemaEditor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL a Java changeset on the changeset API would run, written down without changing the database:
 * for a dry run, and for the downgrade script recorded with an upgrade. A changeset that uses its
 * connection or JdbcTemplate directly cannot be written down so.
 */
public final class DryRun {

	private DryRun() {
	}

	/**
	 * The SQL of a changeset's upgrade or downgrade for a dialect, without a database.
	 * @throws NotRenderableException when the changeset reads the database, uses its connection, or
	 * makes a change that needs a definition only the database has (altering a column on MySQL)
	 */
	public static List<String> sql(JavaChangeset changeset, Direction direction, Dialect dialect) throws Exception {
		return sql(changeset, direction, dialect, SchemaEditor.recorder(dialect.ddl()), Map.of());
	}

	/**
	 * The SQL of a changeset's upgrade or downgrade, reading definitions from {@code reader}'s schema as it
	 * is now, which nothing changes.
	 */
	public static List<String> sql(JavaChangeset changeset, Direction direction, Dialect dialect, Connection reader,
			Map<String, String> placeholders) throws Exception {
		return sql(changeset, direction, dialect, SchemaEditor.recorder(dialect.ddl(), reader), placeholders);
	}

	private static List<String> sql(JavaChangeset changeset, Direction direction, Dialect dialect, SchemaEditor editor,
			Map<String, String> placeholders) throws Exception {
		Recording context = new Recording(dialect, changeset.version(), direction, placeholders, editor);
		if (direction == Direction.UPGRADE) {
			changeset.upgrade(context);
		}
		else {
			changeset.downgrade(context);
		}
		return editor.statements();
	}

	/** A context whose changes are written down, and whose connection cannot be used. */
	private record Recording(Dialect dialect, int version, Direction direction, Map<String, String> placeholders,
			SchemaEditor schema) implements ChangesetContext {

		@Override
		public Connection connection() {
			throw new NotRenderableException("A changeset that uses its connection directly cannot be written down: "
					+ "only what it does through schema() can");
		}

		@Override
		public JdbcTemplate jdbcTemplate() {
			throw new NotRenderableException("A changeset that uses its JdbcTemplate directly cannot be written down: "
					+ "only what it does through schema() can");
		}

	}

}

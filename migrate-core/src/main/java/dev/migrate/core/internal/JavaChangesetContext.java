package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.repository.ChangesetContext;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.schema.SchemaEditor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The context one run of a Java changeset gets: the session's connection, and one schema editor. */
final class JavaChangesetContext implements ChangesetContext {

	private final Connection connection;

	private final Dialect dialect;

	private final int version;

	private final Direction direction;

	private final Map<String, String> placeholders;

	private @Nullable SchemaEditor schema;

	JavaChangesetContext(Connection connection, Dialect dialect, int version, Direction direction,
			Map<String, String> placeholders) {
		this.connection = connection;
		this.dialect = dialect;
		this.version = version;
		this.direction = direction;
		this.placeholders = placeholders;
	}

	@Override
	public Connection connection() {
		return this.connection;
	}

	@Override
	public JdbcTemplate jdbcTemplate() {
		return new JdbcTemplate(new SingleConnectionDataSource(this.connection, true));
	}

	@Override
	public Dialect dialect() {
		return this.dialect;
	}

	@Override
	public int version() {
		return this.version;
	}

	@Override
	public Direction direction() {
		return this.direction;
	}

	@Override
	public Map<String, String> placeholders() {
		return this.placeholders;
	}

	/** One editor per run, which keeps how to undo what the changeset did through it. */
	@Override
	public SchemaEditor schema() {
		if (this.schema == null) {
			try {
				this.schema = SchemaEditor.live(this.connection, this.dialect.ddl());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The changeset API cannot start: " + ex.getMessage(), ex);
			}
		}
		return this.schema;
	}

}

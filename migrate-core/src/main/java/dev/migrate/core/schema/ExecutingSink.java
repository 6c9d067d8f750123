package dev.migrate.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.schema.SchemaChange.UpdateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each change at once on a connection, in whatever transaction it is in: renders it with the
 * dialect's {@link DdlRenderer} from the tables as they are, and runs its statements. A data update runs
 * with its parameters bound.
 */
final class ExecutingSink implements ChangeSink {

	private static final Logger logger = LoggerFactory.getLogger(SchemaEditor.class);

	private final Connection connection;

	private final DdlRenderer renderer;

	private final TableDefinitions definitions;

	private final List<SchemaChange> changes = new ArrayList<>();

	private final List<String> statements = new ArrayList<>();

	ExecutingSink(Connection connection, DdlRenderer renderer) {
		this.connection = connection;
		this.renderer = renderer;
		this.definitions = TableDefinitions.of(renderer, connection);
	}

	@Override
	public int apply(SchemaChange change) {
		SchemaChange filled = this.definitions.fillIn(change);
		int rows = (filled instanceof UpdateData update) ? update(update) : execute(filled);
		this.changes.add(filled);
		return rows;
	}

	private int execute(SchemaChange change) {
		for (String sql : this.renderer.render(change, this.definitions)) {
			logger.debug("{}", sql);
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new SchemaChangeException(change.describe(), sql, ex);
			}
			this.statements.add(sql);
		}
		return 0;
	}

	private int update(UpdateData update) {
		try (PreparedStatement statement = this.connection.prepareStatement(update.sql())) {
			for (int i = 0; i < update.parameters().size(); i++) {
				statement.setObject(i + 1, update.parameters().get(i));
			}
			int rows = statement.executeUpdate();
			logger.debug("{} -- with {}", update.sql(), update.parameters());
			this.statements.add(update.sql());
			return rows;
		}
		catch (SQLException ex) {
			throw new SchemaChangeException(update.describe(), update.sql(), ex);
		}
	}

	@Override
	public TableDefinitions definitions() {
		return this.definitions;
	}

	@Override
	public boolean runs() {
		return true;
	}

	@Override
	public List<SchemaChange> changes() {
		return List.copyOf(this.changes);
	}

	@Override
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	/**
	 * Renders from the database as the changes so far left it: what it says fills the changes in (the
	 * index MySQL made for a foreign key). A renderer that reads a table gets it as they left it too, but
	 * only until one of the changes rendered before has changed it: then the read fails, rather than
	 * render from a table that is no longer so; unless the renderer rehearses the changes in a savepoint
	 * rolled back ({@link DdlRenderer#rehearsesFollowingChanges()}).
	 */
	@Override
	public List<String> render(List<SchemaChange> next) {
		if (this.renderer.rehearsesFollowingChanges()) {
			return Rehearsal.render(this.connection, this.renderer, List.of(), next);
		}
		List<String> sql = new ArrayList<>();
		TableDefinitions before = this.definitions;
		for (SchemaChange change : next) {
			SchemaChange filled = this.definitions.fillIn(change);
			sql.addAll(this.renderer.render(filled, before));
			before = before.afterChanging(filled);
		}
		return sql;
	}

}

package dev.migrate.core.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes the changes down for one dialect, without changing a database: with none at all (a dry run, a
 * check at load time), or reading definitions from one that it leaves as it is. A table it has changed
 * can no longer be read, since the database does not show it as the changes left it. The SQL is
 * rendered when asked, each change from the tables as they were before it.
 */
final class RecordingSink implements ChangeSink {

	private final DdlRenderer renderer;

	private TableDefinitions definitions;

	private final List<Recorded> recorded = new ArrayList<>();

	RecordingSink(DdlRenderer renderer, @Nullable Connection reader) {
		this.renderer = renderer;
		this.definitions = TableDefinitions.of(renderer, reader);
	}

	@Override
	public int apply(SchemaChange change) {
		SchemaChange filled = this.definitions.fillIn(change);
		this.recorded.add(new Recorded(filled, this.definitions));
		this.definitions = this.definitions.afterChanging(filled);
		return 0;
	}

	@Override
	public TableDefinitions definitions() {
		return this.definitions;
	}

	@Override
	public boolean runs() {
		return false;
	}

	@Override
	public List<SchemaChange> changes() {
		return this.recorded.stream().map(Recorded::change).toList();
	}

	@Override
	public List<String> statements() {
		List<String> all = new ArrayList<>();
		for (Recorded each : this.recorded) {
			all.addAll(this.renderer.render(each.change(), each.before()));
		}
		return all;
	}

	/** Renders each change from the tables as the changes before it would leave them, where it can tell. */
	@Override
	public List<String> render(List<SchemaChange> next) {
		List<String> sql = new ArrayList<>();
		TableDefinitions before = this.definitions;
		for (SchemaChange change : next) {
			sql.addAll(this.renderer.render(change, before));
			before = before.afterChanging(change);
		}
		return sql;
	}

	/** A change written down, with the tables as they were before it. */
	private record Recorded(SchemaChange change, TableDefinitions before) {

	}

}

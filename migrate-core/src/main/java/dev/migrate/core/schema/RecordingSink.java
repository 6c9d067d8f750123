package dev.migrate.core.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes the changes down for one dialect, without changing a database: with none at all (a dry run, a
 * check at load time), or reading definitions from one that it leaves as it is. A table it has changed
 * can no longer be read, since the database does not show it as the changes left it, unless the renderer
 * rehearses the changes there in a savepoint rolled back ({@link DdlRenderer#rehearsesFollowingChanges()}).
 * The SQL is rendered when asked, each change from the tables as they were before it.
 */
final class RecordingSink implements ChangeSink {

	private final DdlRenderer renderer;

	private final @Nullable Connection reader;

	private TableDefinitions definitions;

	private final List<Recorded> recorded = new ArrayList<>();

	RecordingSink(DdlRenderer renderer, @Nullable Connection reader) {
		this.renderer = renderer;
		this.reader = reader;
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
		Connection rehearsal = rehearsal();
		if (rehearsal != null) {
			return Rehearsal.render(rehearsal, this.renderer, List.of(), changes());
		}
		List<String> all = new ArrayList<>();
		for (Recorded each : this.recorded) {
			all.addAll(this.renderer.render(each.change(), each.before()));
		}
		return all;
	}

	/** Renders each change from the tables as the changes before it would leave them, where it can tell. */
	@Override
	public List<String> render(List<SchemaChange> next) {
		Connection rehearsal = rehearsal();
		if (rehearsal != null) {
			return Rehearsal.render(rehearsal, this.renderer, changes(), next);
		}
		List<String> sql = new ArrayList<>();
		TableDefinitions before = this.definitions;
		for (SchemaChange change : next) {
			sql.addAll(this.renderer.render(change, before));
			before = before.afterChanging(change);
		}
		return sql;
	}

	/**
	 * The database read, where the SQL is written by rehearsing the changes on it in a savepoint rolled back
	 * ({@link DdlRenderer#rehearsesFollowingChanges()}), so that each is rendered from the tables as the ones
	 * before it leave them; else null.
	 */
	private @Nullable Connection rehearsal() {
		return this.renderer.rehearsesFollowingChanges() ? this.reader : null;
	}

	/** A change written down, with the tables as they were before it. */
	private record Recorded(SchemaChange change, TableDefinitions before) {

	}

}

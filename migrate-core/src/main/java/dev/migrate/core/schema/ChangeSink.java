package dev.migrate.core.schema;

import java.util.List;

/**
 * Where the changes of the changeset API go: {@link ExecutingSink} runs them on a database,
 * {@link RecordingSink} writes them down (a dry run, a derived downgrade, a check at load time). The
 * {@link SchemaEditor} is the same for both.
 */
sealed interface ChangeSink permits ExecutingSink, RecordingSink {

	/**
	 * Makes one change: runs it, or writes it down, with what it needs from the database filled in.
	 * @return the rows a data update changed; 0 for any other change, and when the change is written down
	 * @throws SchemaChangeException when the database refuses a statement
	 */
	int apply(SchemaChange change);

	/** The tables as they are before the next change. */
	TableDefinitions definitions();

	/** Whether the changes run (so that what is read before a change serves to undo it). */
	boolean runs();

	/** The changes made so far, with what was read filled in. */
	List<SchemaChange> changes();

	/**
	 * The SQL run, or that would run, so far.
	 * @throws NotRenderableException when a change written down needs a definition no database gave
	 * @throws UnsupportedChangeException when the dialect cannot make a change
	 */
	List<String> statements();

	/** The SQL of changes that would follow those so far (a downgrade), as they would run now. */
	List<String> render(List<SchemaChange> next);

}

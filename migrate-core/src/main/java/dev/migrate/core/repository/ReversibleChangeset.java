package dev.migrate.core.repository;

import dev.migrate.core.schema.Schema;

/**
 * A Java changeset that says its changes once, in {@link #change(Schema)}, and has its downgrade derived:
 * created things are dropped, added things dropped, renamed things renamed back, altered columns altered
 * back to their definition read before the change, all in reverse order.
 *
 * <pre>{@code
 * public class V001_AddCtimeToPage implements ReversibleChangeset {
 *
 *     public void change(Schema schema) {
 *         schema.table("page").addColumn(Column.of("ctime", Type.TIMESTAMP).notNull().defaultNow());
 *     }
 *
 * }
 * }</pre>
 *
 * <p>A change that cannot be reversed from what it says (a drop by name, raw SQL, a data update) makes the
 * repository fail to load, naming the change, unless the class implements {@link #downgrade} itself. The
 * SQL of the derived downgrade is recorded with the upgrade in the history table, and a downgrade runs
 * that recorded SQL when there is one; an altered column can only be altered back so.
 */
public interface ReversibleChangeset extends JavaChangeset {

	/** The changes of the upgrade, on the changeset API. */
	void change(Schema schema);

	@Override
	default void upgrade(ChangesetContext context) {
		change(context.schema());
	}

	/** Undoes {@link #change}, derived from what it says. */
	@Override
	default void downgrade(ChangesetContext context) {
		context.schema().reverse(this::change);
	}

	/** Whether a changeset's downgrade is derived from its {@code change} rather than written by its class. */
	static boolean derivesDowngrade(JavaChangeset changeset) {
		if (!(changeset instanceof ReversibleChangeset)) {
			return false;
		}
		try {
			return changeset.getClass().getMethod("downgrade", ChangesetContext.class).getDeclaringClass()
					== ReversibleChangeset.class;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

}

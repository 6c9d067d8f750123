package dev.migrate.core.schema;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import org.jspecify.annotations.Nullable;

/**
 * How each call of the changeset API so far is undone: a derived downgrade is the reversed list, or the
 * reasons there is none.
 */
final class UndoLog {

	private final List<Reversal> reversals = new ArrayList<>();

	/** Records how one call is undone. */
	void add(Reversal reversal) {
		this.reversals.add(reversal);
	}

	/**
	 * How the changes of one call are undone: the inverse of each, last change first. What a call makes
	 * with a new table or column (its indexes and constraints) goes with it: dropping the table or the
	 * column undoes them too. A foreign key is still dropped before its column, as MySQL wants; the index
	 * MySQL made for it goes with the column.
	 * @param before the tables as they were before the call
	 */
	static Reversal of(List<SchemaChange> call, TableDefinitions before) {
		List<SchemaChange> undo = new ArrayList<>();
		for (int i = call.size() - 1; i >= 0; i--) {
			SchemaChange change = call.get(i);
			SchemaChange madeWith = madeWith(change, call.subList(0, i));
			if (madeWith instanceof AddColumn && change instanceof AddConstraint add
					&& add.constraint().kind() == Constraint.Kind.FOREIGN_KEY) {
				undo.add(new DropConstraint(add.table(), String.valueOf(add.constraint().name()),
						Constraint.Kind.FOREIGN_KEY, false, add.constraint()));
			}
			else if (madeWith == null) {
				Reversal inverse = change.inverse(before);
				if (!(inverse instanceof Reversal.By by)) {
					return inverse;
				}
				undo.addAll(by.changes());
			}
		}
		return new Reversal.By(undo);
	}

	/** The change earlier in the call that made the new table or column an index or a constraint is on. */
	private static @Nullable SchemaChange madeWith(SchemaChange change, List<SchemaChange> earlier) {
		String table;
		List<String> columns;
		if (change instanceof CreateIndex create) {
			table = create.table();
			columns = create.index().columns();
		}
		else if (change instanceof AddConstraint add) {
			table = add.table();
			columns = add.constraint().columns();
		}
		else {
			return null;
		}
		for (SchemaChange each : earlier) {
			if (each instanceof CreateTable create && create.table().equals(table)) {
				return each;
			}
			if (each instanceof AddColumn add && add.table().equals(table) && columns.equals(List.of(add.column().name()))) {
				return each;
			}
		}
		return null;
	}

	/**
	 * Why the calls so far cannot be undone from what they say, one line per call that cannot; empty when
	 * all can.
	 */
	List<String> irreversibleChanges() {
		List<String> reasons = new ArrayList<>();
		for (Reversal reversal : this.reversals) {
			if (reversal instanceof Reversal.Irreversible irreversible) {
				reasons.add(irreversible.reason());
			}
		}
		return reasons;
	}

	/**
	 * The changes that undo the calls so far, in the order to run them.
	 * @throws IllegalStateException naming each call that cannot be undone
	 */
	List<SchemaChange> downgradeChanges() {
		List<SchemaChange> undo = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Reversal reversal : this.reversals) {
			if (reversal instanceof Reversal.By by) {
				undo.addAll(0, by.changes());
			}
			else if (reversal instanceof Reversal.Irreversible irreversible) {
				problems.add(irreversible.reason());
			}
			else if (reversal instanceof Reversal.NeedsDefinition needs) {
				problems.add(needs.reason());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The downgrade cannot be derived: " + String.join("; ", problems)
					+ ". Implement downgrade(ChangesetContext)");
		}
		return undo;
	}

}

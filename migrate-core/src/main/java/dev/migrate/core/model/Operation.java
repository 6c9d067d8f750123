package dev.migrate.core.model;

import java.util.List;

/**
 * What one difference becomes in the generated changeset: statements of the upgrade, the statements of an
 * explicit downgrade that undo them (in the order they run), the step of the upgrade they belong to, and
 * whether a derived downgrade could undo them ({@code ReversibleChangeset}).
 *
 * @param step where in the upgrade the statements go
 * @param table the table they change, as the database names it; empty for a sequence
 * @param upgrade the statements of the upgrade
 * @param downgrade the statements that undo them
 * @param derivable whether a derived downgrade undoes the upgrade's statements, commented ones included
 */
record Operation(Step step, String table, List<Statement> upgrade, List<Statement> downgrade, boolean derivable) {

	Operation {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	/** One statement up, one down. */
	static Operation of(Step step, String table, Statement upgrade, Statement downgrade, boolean derivable) {
		return new Operation(step, table, List.of(upgrade), List.of(downgrade), derivable);
	}

	/**
	 * The order of an upgrade: sequences and new tables first, foreign keys dropped before what they are on,
	 * then table by table (constraints dropped, columns added, altered and dropped, keys, uniques and indexes
	 * added), foreign keys added once every table and column they join exists, and drops of whole tables
	 * and sequences last.
	 */
	enum Step {

		CREATE_SEQUENCE(false), CREATE_TABLE(false), DROP_FOREIGN_KEY(false), DROP_CONSTRAINT(true), ADD_COLUMN(true),
		ALTER_COLUMN(true), DROP_COLUMN(true), ADD_PRIMARY_KEY(true), ADD_UNIQUE(true), CREATE_INDEX(true),
		ADD_FOREIGN_KEY(false), DROP_TABLE(false), DROP_SEQUENCE(false);

		private final boolean perTable;

		Step(boolean perTable) {
			this.perTable = perTable;
		}

		/** Where the step goes: the steps of one table go together, table by table. */
		int rank() {
			return this.perTable ? DROP_CONSTRAINT.ordinal() : ordinal();
		}

		/** Whether the step is one of a table's, ordered by table first. */
		boolean perTable() {
			return this.perTable;
		}

	}

}

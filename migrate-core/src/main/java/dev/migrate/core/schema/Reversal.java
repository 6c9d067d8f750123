package dev.migrate.core.schema;

import java.util.List;

/**
 * How a {@link SchemaChange}, or one call of the changeset API, is undone: by changes, or not at all
 * from what it says.
 */
public sealed interface Reversal {

	/** Undone by these changes, run in this order. */
	record By(List<SchemaChange> changes) implements Reversal {

		public By {
			changes = List.copyOf(changes);
		}

	}

	/** Not undone from what the change says (a drop by name, raw SQL): the reason, for messages. */
	record Irreversible(String reason) implements Reversal {

	}

	/** Undone from a definition read from the database when the change ran, which was not. */
	record NeedsDefinition(String reason) implements Reversal {

	}

	/** Undone by these changes, in this order. */
	static Reversal by(SchemaChange... changes) {
		return new By(List.of(changes));
	}

	/** "{@code change} cannot be reversed from what it says". */
	static Reversal irreversible(String change) {
		return new Irreversible(change + " cannot be reversed from what it says");
	}

	/** Undone from a definition that was not read; {@code reason} says which. */
	static Reversal needsDefinition(String reason) {
		return new NeedsDefinition(reason);
	}

}

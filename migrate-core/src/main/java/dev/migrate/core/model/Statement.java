package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One statement of generated code: a call on {@code schema.table("...")}, or on {@code schema} itself when
 * the table is null; active, or commented out for a person to confirm; with the comment lines that go
 * before it ({@code CONFIRM: ...}).
 *
 * @param table the table the call is on, as the code names it, or null for a call on the schema
 * @param call the call, without a receiver: {@code addColumn(Column.of("ctime", Type.TIMESTAMP))}; further
 * lines of it start with their indentation relative to the statement's
 * @param commented whether the statement is commented out
 * @param notes the comment lines before it, without {@code //}
 */
record Statement(@Nullable String table, String call, boolean commented, List<String> notes) {

	Statement {
		notes = List.copyOf(notes);
	}

	/** An active call on a table. */
	static Statement on(String table, String call) {
		return new Statement(table, call, false, List.of());
	}

	/** An active call on the schema. */
	static Statement onSchema(String call) {
		return new Statement(null, call, false, List.of());
	}

	/** This statement, commented out. */
	Statement commentedOut() {
		return new Statement(this.table, this.call, true, this.notes);
	}

	/** This statement with comment lines before it. */
	Statement withNotes(String... notes) {
		List<String> all = new ArrayList<>(this.notes);
		all.addAll(List.of(notes));
		return new Statement(this.table, this.call, this.commented, all);
	}

}

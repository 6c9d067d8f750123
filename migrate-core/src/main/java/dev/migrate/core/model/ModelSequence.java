package dev.migrate.core.model;

import java.util.Objects;

/**
 * A sequence: its name, its first value and its increment (a database's sequence read without its
 * start or increment has 1 for them).
 */
public record ModelSequence(String name, long start, long increment) {

	/** Checks the name is present. */
	public ModelSequence {
		Objects.requireNonNull(name, "name");
	}

}

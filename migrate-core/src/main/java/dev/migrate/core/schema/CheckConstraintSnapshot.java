package dev.migrate.core.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint: its name (null when the database generated an unstable one) and its condition as
 * the database writes it back, whitespace collapsed ({@code ((score >= 0))} on PostgreSQL,
 * {@code `score` >= 0} on MariaDB, {@code "SCORE" >= 0} on H2).
 */
public record CheckConstraintSnapshot(@Nullable String name, String expression) {

	/** Checks the expression is present. */
	public CheckConstraintSnapshot {
		Objects.requireNonNull(expression, "expression");
	}

}

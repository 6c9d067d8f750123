package dev.migrate.core.schema;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint: {@code Check.of("score >= 0").on("score")}, automatically named
 * {@code <table>_<columns>_check}. A check needs a name or its columns; the expression is SQL, used as it is.
 *
 * @param name the name, or null for the automatic one
 * @param columns the columns it checks, for the automatic name
 * @param expression the condition every row must meet
 */
public record Check(@Nullable String name, List<String> columns, String expression) implements Constraint {

	/** Checks the names and that there is an expression. */
	public Check {
		if (name != null) {
			Names.check(name, "constraint");
		}
		columns = List.copyOf(columns);
		columns.forEach((column) -> Names.check(column, "column"));
		Objects.requireNonNull(expression, "expression");
		if (expression.isBlank()) {
			throw new IllegalArgumentException("A check constraint needs an expression");
		}
	}

	/** A check of this condition; name it, or give the columns it checks. */
	public static Check of(String expression) {
		return new Check(null, List.of(), expression);
	}

	/** This check, on these columns. */
	public Check on(String... columns) {
		return new Check(this.name, Names.checkAll(columns, "column"), this.expression);
	}

	/** This check with a name. */
	public Check named(String name) {
		return new Check(name, this.columns, this.expression);
	}

	@Override
	public Kind kind() {
		return Kind.CHECK;
	}

	@Override
	public Check onColumns(List<String> columns) {
		return new Check(this.name, columns, this.expression);
	}

	@Override
	public Check withName(String name) {
		return named(name);
	}

}

package dev.migrate.core.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A column's default, which the database fills into rows that do not give the column a value (and, when
 * the column is added, into the rows already there): a literal, the current time, or an SQL expression.
 */
public sealed interface ColumnDefault {

	/** A literal value: text, a number or a boolean, rendered as an SQL literal. */
	static ColumnDefault value(Object value) {
		return new Literal(value);
	}

	/** An SQL expression, used as it is: {@code expression("CURRENT_DATE")}. */
	static ColumnDefault expression(String sql) {
		return new Expression(sql);
	}

	/** The time at which the row is written. */
	static ColumnDefault currentTimestamp() {
		return new CurrentTimestamp();
	}

	/** A literal: {@link String}, {@link Boolean}, or an integral or decimal {@link Number}. */
	record Literal(Object value) implements ColumnDefault {

		/** Checks the value is text, a boolean or a finite number. */
		public Literal {
			Objects.requireNonNull(value, "value: for no default, leave the default out");
			boolean number = value instanceof Byte || value instanceof Short || value instanceof Integer
					|| value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal
					|| ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue()));
			if (!(value instanceof String || value instanceof Boolean || number)) {
				throw new IllegalArgumentException("A default value is text, a boolean or a number, not "
						+ value.getClass().getName() + ": write others with defaultExpression(sql)");
			}
		}

	}

	/** An SQL expression. */
	record Expression(String sql) implements ColumnDefault {

		/** Checks the expression is not blank. */
		public Expression {
			if (sql == null || sql.isBlank()) {
				throw new IllegalArgumentException("A default expression must not be blank");
			}
		}

	}

	/** The current date and time, in the precision of the column. */
	record CurrentTimestamp() implements ColumnDefault {

	}

}

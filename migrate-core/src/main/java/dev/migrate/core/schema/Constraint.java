package dev.migrate.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table constraint: {@link PrimaryKey}, {@link ForeignKey}, {@link Unique} or {@link Check}. Without a
 * name, it gets PostgreSQL's automatic one when it is added ({@code page_pkey}, {@code page_created_by_id_fkey},
 * {@code page_email_key}, {@code page_score_check}), which is the name to drop it by later.
 */
public sealed interface Constraint extends TableElement permits PrimaryKey, ForeignKey, Unique, Check {

	/** The kinds of constraint. */
	enum Kind {

		PRIMARY_KEY("primary key"), FOREIGN_KEY("foreign key"), UNIQUE("unique constraint"), CHECK("check constraint");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		/** The kind in words: "foreign key". */
		public String words() {
			return this.words;
		}

	}

	/** The name given, or null for an automatic one. */
	@Nullable String name();

	/** The constrained columns; empty for a constraint declared on a column, which means that column. */
	List<String> columns();

	/** Which kind it is. */
	Kind kind();

	/** The same constraint on these columns (for a constraint declared on a column). */
	Constraint onColumns(List<String> columns);

	/** The same constraint with this name. */
	Constraint withName(String name);

	/** The name given, else the automatic one on {@code table}. */
	default String nameOn(String table) {
		String name = name();
		if (name != null) {
			return name;
		}
		return switch (kind()) {
			case PRIMARY_KEY -> Names.constraint(table, List.of(), "pkey");
			case FOREIGN_KEY -> Names.constraint(table, columns(), "fkey");
			case UNIQUE -> Names.constraint(table, columns(), "key");
			case CHECK -> {
				if (columns().isEmpty()) {
					throw new IllegalArgumentException("A check constraint without a name needs the columns it checks,"
							+ " for its automatic name " + table + "_<column>_check: use Check.of(expression).on(columns)"
							+ " or .named(name)");
				}
				yield Names.constraint(table, columns(), "check");
			}
		};
	}

}

package dev.migrate.core.internal.sql;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A split script: its statements in order, the directives of its header and what the splitter warns about.
 */
public record ParsedScript(List<SqlStatement> statements, Set<String> directives, List<String> warnings) {

	/** Copies the collections, keeping the directives in the order they were written. */
	public ParsedScript {
		statements = List.copyOf(statements);
		directives = Collections.unmodifiableSet(new LinkedHashSet<>(directives));
		warnings = List.copyOf(warnings);
	}

	/** Whether the script's header holds {@code -- migrate:<name>}; the name is matched case-insensitively. */
	public boolean hasDirective(String name) {
		return directives.contains(name.toLowerCase(Locale.ROOT));
	}

}

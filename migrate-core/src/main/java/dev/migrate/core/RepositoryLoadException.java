package dev.migrate.core;

import java.util.List;

/** The repository could not be loaded: every problem found is listed, each naming its files. */
public final class RepositoryLoadException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String location;

	private final List<String> problems;

	public RepositoryLoadException(String location, List<String> problems) {
		super("The repository at " + location + " is not valid:\n  - " + String.join("\n  - ", problems));
		this.location = location;
		this.problems = List.copyOf(problems);
	}

	/** Where the repository is. */
	public String location() {
		return this.location;
	}

	/** One line per problem. */
	public List<String> problems() {
		return this.problems;
	}

}

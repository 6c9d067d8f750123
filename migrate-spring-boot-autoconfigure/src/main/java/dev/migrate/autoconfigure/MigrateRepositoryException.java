package dev.migrate.autoconfigure;

/**
 * One of several repositories failed: names it and where its properties are, around the engine's exception,
 * which the failure analyzers report with that name. Thrown only where the application has more than one
 * repository; a single one's failure is the engine's exception alone.
 */
public class MigrateRepositoryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String repository;

	private final String prefix;

	public MigrateRepositoryException(String repository, RuntimeException cause) {
		super("Repository '" + repository + "' (" + MigrateRepositories.prefix(repository) + ".*): "
				+ cause.getMessage(), cause);
		this.repository = repository;
		this.prefix = MigrateRepositories.prefix(repository);
	}

	/** The repository's name: {@code migrate} for that of {@code migrate.*}, else its entry's name. */
	public String getRepository() {
		return this.repository;
	}

	/** Where its properties are: {@code migrate} or {@code migrate.repositories.<name>}. */
	public String getPrefix() {
		return this.prefix;
	}

}

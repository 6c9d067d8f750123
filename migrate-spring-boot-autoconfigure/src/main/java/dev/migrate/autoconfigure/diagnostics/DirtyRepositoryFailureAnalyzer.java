package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.repository.Direction;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An earlier changeset failed part-way: nothing runs until an operator repairs the repository. */
class DirtyRepositoryFailureAnalyzer extends AbstractFailureAnalyzer<DirtyRepositoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DirtyRepositoryException cause) {
		int stays = (cause.direction() == Direction.DOWNGRADE) ? cause.version() : cause.version() - 1;
		return new FailureAnalysis("Repository '" + cause.repositoryId() + "' is dirty: version " + cause.version()
				+ " failed part-way on an earlier run (its " + cause.direction().value() + ", " + cause.description()
				+ "), and this database commits DDL as it runs, so the schema may hold part of it. No changeset was run; "
				+ "the database stays at version " + stays + ".",
				cause.advice(), cause);
	}

}

package dev.migrate.core.repository;

import java.util.List;

import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.SchemaEditor;
import org.jspecify.annotations.Nullable;

/**
 * Checks, when a repository loads, that each {@link ReversibleChangeset} whose downgrade is derived can
 * have it derived: it records what the changeset's {@code change} does, without a database, and reports
 * each change that cannot be reversed from what it says, so that it is found now and not when someone
 * downgrades. The changes are recorded with the DDL of the dialect the repository is loaded for, found
 * by its name on the first changeset to check; with a name that is no dialect's, the changeset is
 * reported, not checked as some other database's.
 */
final class DerivedDowngrades {

	private final String dialect;

	private @Nullable DdlRenderer renderer;

	private @Nullable String unknownDialect;

	/**
	 * Checks for one dialect.
	 * @param dialect the name of the dialect the repository is loaded for
	 */
	DerivedDowngrades(String dialect) {
		this.dialect = dialect;
	}

	/**
	 * Whether the downgrade of a changeset can be derived; if not, each reason is added to the problems.
	 * @param changeset a changeset whose downgrade is derived
	 * @param version its version
	 * @param problems where the reasons go
	 */
	boolean check(ReversibleChangeset changeset, int version, List<String> problems) {
		String source = changeset.getClass().getName() + " (version " + version + ")";
		DdlRenderer renderer = renderer();
		if (renderer == null) {
			problems.add(source + ": its downgrade is derived by recording change(Schema) in a dialect's DDL, and the "
					+ "repository is loaded for none: " + this.unknownDialect);
			return false;
		}
		SchemaEditor recorder = SchemaEditor.recorder(renderer);
		try {
			changeset.change(recorder);
		}
		catch (NotRenderableException ex) {
			problems.add(source + ": change(Schema) reads the database (" + ex.getMessage() + "), so its downgrade "
					+ "cannot be derived: implement downgrade(ChangesetContext)");
			return false;
		}
		catch (RuntimeException ex) {
			problems.add(source + ": change(Schema) failed while it was recorded: " + ex.getMessage());
			return false;
		}
		List<String> irreversible = recorder.irreversibleChanges();
		for (String change : irreversible) {
			problems.add(source + ": " + change + ": implement downgrade(ChangesetContext)");
		}
		return irreversible.isEmpty();
	}

	/** The dialect's renderer, found once; null when the name is no dialect's. */
	private @Nullable DdlRenderer renderer() {
		if (this.renderer == null && this.unknownDialect == null) {
			try {
				this.renderer = Dialects.byName(this.dialect).ddl();
			}
			catch (IllegalArgumentException ex) {
				this.unknownDialect = ex.getMessage();
			}
		}
		return this.renderer;
	}

}

package dev.migrate.autoconfigure.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.autoconfigure.ModelCheck;
import dev.migrate.core.Migrate;
import dev.migrate.core.model.ModelDiff;
import dev.migrate.core.model.ModelDiff.PossibleRename;
import dev.migrate.core.model.ModelDifference;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code migrate.model-check} stands: the mode, and for each repository whose DataSource an
 * EntityManagerFactory uses, once computed, the differences between its entities and that database. Free
 * of Hibernate types, so that the endpoint can read it on any classpath.
 */
public final class MigrateModelCheck {

	private final ModelCheck mode;

	private final Map<Migrate, ModelDiff> diffs = new IdentityHashMap<>();

	MigrateModelCheck(ModelCheck mode) {
		this.mode = mode;
	}

	/** {@code warn} or {@code fail}. */
	public ModelCheck getMode() {
		return this.mode;
	}

	/**
	 * The differences for the database of one repository; null until they are computed (with {@code warn},
	 * shortly after the application is ready), and for a repository no EntityManagerFactory maps.
	 */
	public @Nullable ModelDiff getDiff(Migrate migrate) {
		synchronized (this.diffs) {
			return this.diffs.get(migrate);
		}
	}

	/** One line per difference, then one per possible rename; empty when they agree; null as {@link #getDiff}. */
	public @Nullable List<String> getDifferences(Migrate migrate) {
		ModelDiff computed = getDiff(migrate);
		return (computed != null) ? lines(computed) : null;
	}

	void setDiff(Migrate migrate, ModelDiff diff) {
		synchronized (this.diffs) {
			this.diffs.put(migrate, diff);
		}
	}

	/** The lines of a diff, as the warning, the failure analysis and the endpoint show them. */
	public static List<String> lines(ModelDiff diff) {
		List<String> lines = new ArrayList<>();
		for (ModelDifference difference : diff.differences()) {
			lines.add(difference.describe());
		}
		for (PossibleRename rename : diff.possibleRenames()) {
			lines.add(rename.describe());
		}
		return List.copyOf(lines);
	}

}

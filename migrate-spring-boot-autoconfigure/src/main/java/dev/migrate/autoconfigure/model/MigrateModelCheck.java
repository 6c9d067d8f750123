package dev.migrate.autoconfigure.model;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.autoconfigure.ModelCheck;
import dev.migrate.core.Migrate;
import dev.migrate.core.model.ModelDiff;
import dev.migrate.core.model.ModelDiff.PossibleRename;
import dev.migrate.core.model.ModelDifference;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code migrate.model-check} stands for one {@link Migrate}: the mode, and once computed the
 * differences between the JPA model and its database. Free of Hibernate types, so that the endpoint can
 * read it on any classpath.
 */
public final class MigrateModelCheck {

	private final Migrate migrate;

	private final ModelCheck mode;

	private volatile @Nullable ModelDiff diff;

	MigrateModelCheck(Migrate migrate, ModelCheck mode) {
		this.migrate = migrate;
		this.mode = mode;
	}

	/** The engine whose database the model is compared with. */
	public Migrate getMigrate() {
		return this.migrate;
	}

	/** {@code warn} or {@code fail}. */
	public ModelCheck getMode() {
		return this.mode;
	}

	/** The differences; null until they are computed (in {@code warn}, shortly after the application is ready). */
	public @Nullable ModelDiff getDiff() {
		return this.diff;
	}

	/** One line per difference, then one per possible rename; empty when they agree; null until computed. */
	public @Nullable List<String> getDifferences() {
		ModelDiff computed = this.diff;
		return (computed != null) ? lines(computed) : null;
	}

	void setDiff(ModelDiff diff) {
		this.diff = diff;
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

package dev.migrate.core.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;

import dev.migrate.core.MigrateConfig;
import dev.migrate.core.model.ChangesetGenerator;
import dev.migrate.core.model.ChangesetSource;
import dev.migrate.core.model.GeneratedChangeset;
import dev.migrate.core.model.ModelDiff;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the changeset that removes a {@link ModelDiff}, numbered as {@link NewScript} numbers new
 * changesets, into the folder of the configured Java package; writes nothing for an empty diff and
 * says so. Each warning of the changeset is logged as well as returned.
 */
public final class GenerateChangeset {

	private static final Logger logger = LoggerFactory.getLogger(GenerateChangeset.class);

	private final MigrateConfig config;

	private final ChangesetGenerator generator;

	/** Writes for the session's database, in its dialect. */
	public GenerateChangeset(Session session) {
		this(session.config(), new ChangesetGenerator(session.dialect().name()));
	}

	/**
	 * @param config the repository's configuration (its location and Java package)
	 * @param generator the generator, for the database's dialect
	 */
	GenerateChangeset(MigrateConfig config, ChangesetGenerator generator) {
		this.config = config;
		this.generator = generator;
	}

	/**
	 * Writes {@code V<NNN>_<Description>.java}, in the configured Java package, into {@code folder}.
	 * @param folder the folder of the package's sources, as for {@link NewScript#java}:
	 * {@code src/main/java/db/migrate}
	 */
	public GeneratedChangeset run(ModelDiff diff, Path folder, String description) {
		return run(diff, null, folder, description);
	}

	/**
	 * Writes the changeset as {@link #run(ModelDiff, Path, String)} does, the model's identity columns written
	 * as the dialect's.
	 * @param identity whether a column (table, column) of the model is an identity column; null when not known
	 */
	public GeneratedChangeset run(ModelDiff diff, @Nullable BiPredicate<String, String> identity, Path folder,
			String description) {
		List<String> words = NewScript.words(description);
		int version = new NewScript(this.config).nextVersion(folder);
		if (diff.isEmpty()) {
			logger.info("The database is what the JPA model maps: no changeset was written");
			return new GeneratedChangeset(null, version, null, true, List.of(), diff);
		}
		String className = NewScript.className(version, words);
		ChangesetSource source = this.generator.generate(diff, this.config.javaPackage(), version, className,
				String.join(" ", words), identity);
		Path file = NewScript.write(folder.resolve(className + ".java"), source.code());
		GeneratedChangeset generated = new GeneratedChangeset(file, version, className, source.reversible(),
				source.warnings(), diff);
		logger.info("Wrote {} for {} difference(s) between the JPA model and the database", file,
				diff.differences().size());
		source.warnings().forEach((warning) -> logger.warn("{}: {}", className, warning));
		return generated;
	}

}

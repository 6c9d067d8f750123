package dev.migrate.core;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.internal.DbVersion;
import dev.migrate.core.internal.DiffModel;
import dev.migrate.core.internal.Downgrade;
import dev.migrate.core.internal.FleetUpgrade;
import dev.migrate.core.internal.DropVersionControl;
import dev.migrate.core.internal.GenerateChangeset;
import dev.migrate.core.internal.NewScript;
import dev.migrate.core.internal.Plan;
import dev.migrate.core.internal.Repair;
import dev.migrate.core.internal.RoundTrip;
import dev.migrate.core.internal.ScratchRoundTrip;
import dev.migrate.core.internal.Session;
import dev.migrate.core.internal.Session.Need;
import dev.migrate.core.internal.Status;
import dev.migrate.core.internal.Upgrade;
import dev.migrate.core.internal.Validate;
import dev.migrate.core.internal.VersionArgument;
import dev.migrate.core.internal.VersionControl;
import dev.migrate.core.model.GeneratedChangeset;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.model.ModelDiff;
import org.jspecify.annotations.Nullable;

/**
 * The engine's commands, one line each, on one {@link MigrateConfig}. Every command opens one connection
 * of the configured DataSource and closes it before it returns; the instance itself holds nothing and
 * is safe to share.
 *
 * <p>Each command fails with a {@link MigrateException} whose message says what happened, where, and
 * what to do next.
 */
public final class Migrate {

	private final MigrateConfig config;

	public Migrate(MigrateConfig config) {
		this.config = config;
	}

	/** The configuration. */
	public MigrateConfig config() {
		return this.config;
	}

	/** The latest version in the repository. */
	public int version() {
		return inSession(Need.REPOSITORY, (session) -> session.repository().version());
	}

	/** The version the database is at. */
	public int dbVersion() {
		return inSession(Need.DATABASE, (session) -> new DbVersion(session).run());
	}

	/** Every changeset with its state; works on a dirty repository too. */
	public RepositoryStatus status() {
		return inSession(Need.REPOSITORY, (session) -> new Status(session).run());
	}

	/** Puts the database under version control at 0, running the baseline script on an empty database. */
	public VersionControlResult versionControl() {
		return versionControl(0);
	}

	/** Puts the database under version control at {@code version}, 0 to the latest. */
	public VersionControlResult versionControl(int version) {
		return inSession(Need.REPOSITORY, (session) -> new VersionControl(session).run(version));
	}

	/** Puts the database under version control at a version given as text. */
	public VersionControlResult versionControl(String version) {
		return versionControl(VersionArgument.parse(version));
	}

	/** Removes this repository's row (and history); the tables go when no repository is left. */
	public void dropVersionControl() {
		inSession(Need.DATABASE, (session) -> {
			new DropVersionControl(session).run();
			return null;
		});
	}

	/** Upgrades to the configured target, else the latest version; an empty database is put under control first. */
	public MigrationResult upgrade() {
		return inSession(Need.UPGRADE, (session) -> new Upgrade(session).run(null));
	}

	/** Upgrades to {@code version}. */
	public MigrationResult upgrade(int version) {
		return inSession(Need.UPGRADE, (session) -> new Upgrade(session).run(version));
	}

	/** Upgrades to a version given as text. */
	public MigrationResult upgrade(String version) {
		return upgrade(VersionArgument.parse(version));
	}

	/**
	 * Upgrades every schema of a fleet with this repository, the configuration's schema aside: the
	 * repository is loaded once, a schema that is current costs one query and no lock. A failed schema is
	 * reported in the result, not thrown; {@link FleetFailedException} says the failures in one message.
	 */
	public FleetResult upgrade(MigrateFleet fleet) {
		return onDatabase(() -> new FleetUpgrade(this.config, fleet).run());
	}

	/** The schemas of a fleet, each once, in order: its list, or what its query lists now. */
	public List<String> schemas(MigrateFleet fleet) {
		return onDatabase(() -> new FleetUpgrade(this.config, fleet).schemas());
	}

	/** Downgrades to {@code version}. */
	public MigrationResult downgrade(int version) {
		return inSession(Need.REPOSITORY, (session) -> new Downgrade(session).run(version));
	}

	/** Downgrades to a version given as text. */
	public MigrationResult downgrade(String version) {
		return downgrade(VersionArgument.parse(version));
	}

	/**
	 * The dry run of {@link #upgrade(int)}: every statement it would run, version and history writes
	 * included, with the same checks; changes nothing. Null for the configured target, else the latest.
	 */
	public MigrationPlan planUpgrade(@Nullable Integer version) {
		return inSession(Need.REPOSITORY, (session) -> new Plan(session).upgrade(version));
	}

	/** The dry run of {@link #downgrade(int)}: every statement it would run, with the same checks; changes nothing. */
	public MigrationPlan planDowngrade(int version) {
		return inSession(Need.REPOSITORY, (session) -> new Plan(session).downgrade(version));
	}

	/**
	 * The round trip on the configured schema: for every pending changeset, upgrade, downgrade, compare and
	 * upgrade again; then every version downgraded in one go. Every failure is reported, in one
	 * {@link RoundTripException}.
	 */
	public RoundTripResult test() {
		return test(RoundTripOptions.DEFAULT);
	}

	/** The round trip on the configured schema, as the options say. */
	public RoundTripResult test(RoundTripOptions options) {
		return inSession(Need.REPOSITORY, (session) -> new RoundTrip(session, true).run(options));
	}

	/**
	 * The round trip in a scratch schema (on MySQL: a database) that it creates and drops, so that the
	 * configured schema is never touched: safe on a development database.
	 */
	public RoundTripResult testInScratchSchema() {
		return testInScratchSchema(RoundTripOptions.DEFAULT);
	}

	/** The round trip in a scratch schema, as the options say. */
	public RoundTripResult testInScratchSchema(RoundTripOptions options) {
		return onDatabase(() -> new ScratchRoundTrip(this.config).run(options));
	}

	/** Compares the checksums of applied changesets with the repository. */
	public ValidationResult validate() {
		return inSession(Need.REPOSITORY, (session) -> new Validate(session).run());
	}

	/** Clears a dirty state and records current checksums, after an operator fixed the schema by hand. */
	public RepairResult repair() {
		return inSession(Need.REPOSITORY, (session) -> new Repair(session).run());
	}

	/**
	 * The JPA model against the configured schema: every difference, the version and history tables left
	 * out; empty when the database is what the model maps.
	 */
	public ModelDiff diff(JpaModel model) {
		return inSession(Need.DATABASE, (session) -> new DiffModel(session).run(model));
	}

	/**
	 * The gate for CI: the empty diff when the migrated database is what the JPA model maps.
	 * @throws ModelDriftException listing every difference, one a line, when they differ
	 * @throws ModelBaseBehindException when changesets are pending: upgrade first
	 */
	public ModelDiff check(JpaModel model) {
		return inModelSession((session) -> new DiffModel(session).check(model));
	}

	/** Writes a new Java changeset class with the next number into {@code folder}. */
	public Path newScript(Path folder, String description) {
		return new NewScript(this.config).java(folder, description);
	}

	/** Writes a new pair of SQL scripts with the next number into {@code folder}. */
	public List<Path> newSqlScript(Path folder, String description, String dialect) {
		return new NewScript(this.config).sql(folder, description, dialect);
	}

	/**
	 * Writes the next-numbered Java changeset whose upgrade brings the configured schema to the JPA model and
	 * whose downgrade reverses it, into {@code folder} (the folder of the configured Java package, as for
	 * {@link #newScript}); writes nothing when they do not differ, and the result says so. Drops, narrowing
	 * and possible renames come out commented, each with a warning in the result.
	 * @throws ModelBaseBehindException when changesets are pending: their work would be written again
	 */
	public GeneratedChangeset generate(JpaModel model, Path folder, String description) {
		return inModelSession((session) -> {
			DiffModel diff = new DiffModel(session);
			diff.requireMigrated("generate");
			return new GenerateChangeset(session).run(diff.run(model), model::isIdentity, folder, description);
		});
	}

	/**
	 * Writes the changeset that removes these differences (a diff read before, with {@link #diff}), as
	 * {@link #generate(JpaModel, Path, String)} does.
	 */
	public GeneratedChangeset generate(ModelDiff diff, Path folder, String description) {
		return inSession(Need.DATABASE, (session) -> new GenerateChangeset(session).run(diff, folder, description));
	}

	/**
	 * A session with the repository loaded, for the commands that compare the JPA model with the migrated
	 * schema: a repository without changesets is accepted, since a project whose entities come first has
	 * none until {@code generate} writes its first.
	 */
	private <T> T inModelSession(Command<T> command) {
		MigrateConfig config = this.config.toBuilder().allowEmptyRepository(true).build();
		return onDatabase(() -> {
			try (Session session = Session.open(config, Need.REPOSITORY)) {
				return command.run(session);
			}
		});
	}

	private <T> T inSession(Need need, Command<T> command) {
		return onDatabase(() -> {
			try (Session session = Session.open(this.config, need)) {
				return command.run(session);
			}
		});
	}

	private static <T> T onDatabase(DatabaseCall<T> call) {
		try {
			return call.run();
		}
		catch (SQLException ex) {
			throw new MigrateException("The database failed: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface Command<T> {

		T run(Session session) throws SQLException;

	}

	@FunctionalInterface
	private interface DatabaseCall<T> {

		T run() throws SQLException;

	}

}

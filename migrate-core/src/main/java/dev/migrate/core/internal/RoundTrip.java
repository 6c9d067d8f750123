package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.RoundTripException;
import dev.migrate.core.RoundTripFailure;
import dev.migrate.core.RoundTripOptions;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.SqlChangeset;
import dev.migrate.core.schema.SchemaDiff;
import dev.migrate.core.schema.SchemaSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The round-trip test: for every pending changeset, snapshot the schema, upgrade, downgrade, compare
 * with the snapshot, and upgrade again; then, when all passed, downgrade them all in one go and compare
 * with the schema it started from. It proves that every downgrade undoes its upgrade, and leaves the
 * database at the latest version. Run it on a test database, not in production.
 *
 * <p>A failure does not end it (unless it is asked to fail fast): the rest runs in a scratch schema built
 * up to the failed version, so one run reports every downgrade to fix.
 */
public final class RoundTrip {

	private static final Logger logger = LoggerFactory.getLogger(RoundTrip.class);

	private final Session session;

	private final boolean inPlace;

	/**
	 * A round trip on a session's schema.
	 * @param session the session
	 * @param inPlace whether the schema is the configured one (rather than a scratch one), for the report of
	 * where a failure left it
	 */
	public RoundTrip(Session session, boolean inPlace) {
		this.session = session;
		this.inPlace = inPlace;
	}

	/** Tests every pending changeset. */
	public RoundTripResult run(RoundTripOptions options) throws SQLException {
		return this.session.locked(() -> {
			if (!this.session.state().underVersionControl()) {
				new VersionControl(this.session).controlOnFirstRun();
			}
			this.session.createTables();
			DatabaseState state = this.session.state();
			int start = Preconditions.requireUnderVersionControl(this.session, state);
			Preconditions.requireClean(this.session, state);
			Repository repository = this.session.repository();
			Preconditions.requireNotAhead(this.session, start, Direction.UPGRADE);
			Snapshot atStart = snapshot(this.session);
			List<Integer> tested = new ArrayList<>();
			List<Integer> irreversible = new ArrayList<>();
			List<RoundTripFailure> failures = new ArrayList<>();
			Session current = this.session;
			ScratchSchema scratch = null;
			try {
				for (int version = start + 1; version <= repository.version(); version++) {
					Changeset changeset = repository.changeset(version);
					if (!changeset.reversible()) {
						new ChangesetRunner(current).run(changeset, Direction.UPGRADE);
						irreversible.add(version);
						logger.warn("Version {} ({}) is irreversible: upgraded without a round trip", version,
								changeset.source());
						continue;
					}
					RoundTripFailure failure = roundTrip(current, changeset, options.columnOrder());
					if (failure == null) {
						tested.add(version);
						continue;
					}
					failures.add(failure);
					if (options.failFast() || version == repository.version()) {
						break;
					}
					// the rest goes on in a scratch schema at this version, built by upgrades alone
					if (scratch != null) {
						scratch.close();
					}
					scratch = ScratchSchema.create(this.session.config());
					current = scratch.session();
					try {
						new Upgrade(current).run(version);
					}
					catch (ChangesetFailedException ex) {
						logger.warn("The round trip stops at version {}: a scratch schema cannot be upgraded to it ({})",
								version, ex.getMessage());
						break;
					}
				}
				boolean wholePath = options.wholePath() && failures.isEmpty() && !tested.isEmpty()
						&& irreversible.isEmpty();
				if (wholePath) {
					RoundTripFailure failure = wholePath(current, start, repository.version(), atStart,
							options.columnOrder());
					if (failure != null) {
						failures.add(failure);
					}
				}
				if (!failures.isEmpty()) {
					throw new RoundTripException(failures, leftAt());
				}
				logger.info("Round trip of repository '{}': {} changesets tested{}, database at version {}",
						this.session.repositoryId(), tested.size(), wholePath ? ", and all of them downgraded in one go" : "",
						repository.version());
				return new RoundTripResult(tested, irreversible, repository.version(), wholePath);
			}
			finally {
				if (scratch != null) {
					scratch.close();
				}
			}
		});
	}

	/** One changeset's round trip; null when it passes and the schema is left upgraded. */
	private @Nullable RoundTripFailure roundTrip(Session on, Changeset changeset, boolean columnOrder)
			throws SQLException {
		ChangesetRunner runner = new ChangesetRunner(on);
		Snapshot before = snapshot(on);
		try {
			runner.run(changeset, Direction.UPGRADE);
			runner.run(changeset, Direction.DOWNGRADE);
			List<String> differences = before.differences(snapshot(on), columnOrder);
			if (!differences.isEmpty()) {
				return new RoundTripFailure(changeset.version(), downgrade(changeset), differences, null, false);
			}
			runner.run(changeset, Direction.UPGRADE);
			return null;
		}
		catch (ChangesetFailedException ex) {
			return new RoundTripFailure(changeset.version(), downgrade(changeset), List.of(), ex.getMessage(), false);
		}
	}

	/**
	 * Every tested version downgraded in one go, then compared with the schema the round trip started from,
	 * and upgraded again; null when it gives the schema back.
	 */
	private @Nullable RoundTripFailure wholePath(Session on, int start, int latest, Snapshot atStart,
			boolean columnOrder) throws SQLException {
		Repository repository = on.repository();
		ChangesetRunner runner = new ChangesetRunner(on);
		for (int version = latest; version > start; version--) {
			try {
				runner.run(repository.changeset(version), Direction.DOWNGRADE);
			}
			catch (ChangesetFailedException ex) {
				return new RoundTripFailure(version, downgrade(repository.changeset(version)), List.of(), ex.getMessage(),
						true);
			}
		}
		List<String> differences = atStart.differences(snapshot(on), columnOrder);
		for (int version = start + 1; version <= latest; version++) {
			runner.run(repository.changeset(version), Direction.UPGRADE);
		}
		return differences.isEmpty() ? null
				: new RoundTripFailure(start, "the downgrades of versions " + (start + 1) + " to " + latest, differences,
						null, true);
	}

	/** The downgrade to fix: its script, or the class. */
	private static String downgrade(Changeset changeset) {
		if (changeset instanceof SqlChangeset sql && sql.downgrade() != null) {
			return sql.downgrade().fileName();
		}
		return changeset.source();
	}

	/** Where the configured schema was left, when the round trip ran on it. */
	private @Nullable String leftAt() throws SQLException {
		if (!this.inPlace) {
			return null;
		}
		return "The configured schema is left as the first failure left it, at version "
				+ this.session.state().dbVersion() + ": restore it before testing again (mvn migrate:test runs in a "
				+ "scratch schema and leaves the configured one alone).";
	}

	/** The session's schema, and each of the other schemas the configuration names. */
	private static Snapshot snapshot(Session on) throws SQLException {
		Map<String, SchemaSnapshot> others = new LinkedHashMap<>();
		for (String schema : on.config().schemas()) {
			others.put(schema, SchemaSnapshot.read(on.connection(), on.dialect().catalog(), schema, Set.of()));
		}
		return new Snapshot(SchemaSnapshot.read(on.connection(), on.dialect().catalog(), null,
				Set.of(on.versionTable().name(), on.historyTable().name())), others);
	}

	/**
	 * What the round trip compares at one point: the schema it works in and the other schemas of
	 * {@code migrate.schemas}.
	 */
	private record Snapshot(SchemaSnapshot schema, Map<String, SchemaSnapshot> others) {

		/** The differences from this to {@code after}, those of another schema saying which. */
		List<String> differences(Snapshot after, boolean columnOrder) {
			List<String> lines = new ArrayList<>(SchemaDiff.between(this.schema, after.schema, columnOrder).differences());
			this.others.forEach((name, before) -> {
				for (String line : SchemaDiff.between(before, after.others.get(name), columnOrder).differences()) {
					lines.add("in schema \"" + name + "\": " + line);
				}
			});
			return lines;
		}

	}

}

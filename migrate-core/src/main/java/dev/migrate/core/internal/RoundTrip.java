package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.RoundTripException;
import dev.migrate.core.RoundTripResult;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.schema.SchemaDiff;
import dev.migrate.core.schema.SchemaSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The round-trip test: for every pending changeset, snapshot the schema, upgrade, downgrade, compare
 * with the snapshot, and upgrade again. It proves that every downgrade undoes its upgrade, and leaves
 * the database at the latest version. Run it on a test database, not in production.
 */
public final class RoundTrip {

	private static final Logger logger = LoggerFactory.getLogger(RoundTrip.class);

	private final Session session;

	public RoundTrip(Session session) {
		this.session = session;
	}

	/** Tests every pending changeset. */
	public RoundTripResult run() throws SQLException {
		return this.session.locked(() -> {
			if (!this.session.state().underVersionControl()) {
				new VersionControl(this.session).controlOnFirstRun();
			}
			this.session.createTables();
			DatabaseState state = this.session.state();
			int dbVersion = Preconditions.requireUnderVersionControl(this.session, state);
			Preconditions.requireClean(this.session, state);
			Repository repository = this.session.repository();
			if (dbVersion > repository.version()) {
				throw new DatabaseNewerException(this.session.repositoryId(), dbVersion, repository.version());
			}
			ChangesetRunner runner = new ChangesetRunner(this.session);
			List<Integer> tested = new ArrayList<>();
			List<Integer> irreversible = new ArrayList<>();
			for (int version = dbVersion + 1; version <= repository.version(); version++) {
				Changeset changeset = repository.changeset(version);
				if (!changeset.reversible()) {
					runner.run(changeset, Direction.UPGRADE);
					irreversible.add(version);
					logger.warn("Version {} ({}) is irreversible: upgraded without a round trip", version, changeset.source());
					continue;
				}
				SchemaSnapshot before = snapshot();
				runner.run(changeset, Direction.UPGRADE);
				runner.run(changeset, Direction.DOWNGRADE);
				SchemaDiff diff = SchemaDiff.between(before, snapshot());
				if (!diff.isEmpty()) {
					throw new RoundTripException(version, changeset.source(), diff);
				}
				runner.run(changeset, Direction.UPGRADE);
				tested.add(version);
			}
			logger.info("Round trip of repository '{}': {} changesets tested, database at version {}",
					this.session.repositoryId(), tested.size(), repository.version());
			return new RoundTripResult(tested, irreversible, repository.version());
		});
	}

	private SchemaSnapshot snapshot() throws SQLException {
		return SchemaSnapshot.read(this.session.connection(), null,
				Set.of(this.session.versionTable().name(), this.session.historyTable().name()));
	}

}

package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.MigrationPlan;
import dev.migrate.core.ValidationResult;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.internal.sql.SqlScriptSplitter;
import dev.migrate.core.internal.sql.SqlStatement;
import dev.migrate.core.repository.Changeset;
import dev.migrate.core.repository.ChangesetType;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.repository.DryRun;
import dev.migrate.core.repository.JavaBackedChangeset;
import dev.migrate.core.repository.RecordedChangeset;
import dev.migrate.core.repository.Repository;
import dev.migrate.core.repository.ReversibleChangeset;
import dev.migrate.core.repository.SqlChangeset;
import dev.migrate.core.repository.SqlScript;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of an upgrade or a downgrade: the same checks as the command, then every statement it would
 * run, the version and history writes included, written down instead of run. It reads the database and
 * changes nothing, and takes no lock. A Java changeset is written down through the changeset API, reading
 * the schema as it is now (before the changesets planned ahead of it); one that uses its connection
 * directly cannot be, and the plan says so.
 */
public final class Plan {

	private final Session session;

	public Plan(Session session) {
		this.session = session;
	}

	/** What {@code upgrade(target)} would run; null for the configured target, else the latest. */
	public MigrationPlan upgrade(@Nullable Integer target) throws SQLException {
		Repository repository = this.session.repository();
		int to = Upgrade.target(this.session, target);
		DatabaseState state = this.session.state();
		List<String> preparation = new ArrayList<>();
		Integer dbVersion = state.dbVersion();
		int from;
		if (dbVersion == null) {
			from = versionControl(preparation);
		}
		else {
			Preconditions.requireClean(this.session, state);
			List<RecordedChangeset> future = List.of();
			if (Preconditions.databaseAhead(repository, dbVersion)) {
				future = Upgrade.futureToDowngrade(this.session, dbVersion, to);
				if (future.isEmpty()) {
					return plan(Direction.UPGRADE, dbVersion, dbVersion, preparation, List.of());
				}
			}
			Upgrade.requireNotBelow(to, Math.min(dbVersion, repository.version()));
			if (this.session.config().validateOnUpgrade()) {
				ValidationResult validation = Validate.check(this.session, state);
				if (!validation.valid()) {
					throw new ChecksumMismatchException(validation.mismatches());
				}
			}
			from = Math.min(dbVersion, repository.version());
			AppliedDigest digest = AppliedDigest.of(state, repository);
			List<MigrationPlan.Step> steps = new ArrayList<>();
			for (RecordedChangeset changeset : future) {
				steps.add(step(changeset, Direction.DOWNGRADE, changeset.version() - 1, digest));
			}
			for (int version = from + 1; version <= to; version++) {
				steps.add(step(repository.changeset(version), Direction.UPGRADE, version, digest));
			}
			return plan(Direction.UPGRADE, dbVersion, Math.max(from, to), preparation, steps);
		}
		AppliedDigest digest = digestUpTo(from);
		List<MigrationPlan.Step> steps = new ArrayList<>();
		for (int version = from + 1; version <= to; version++) {
			steps.add(step(repository.changeset(version), Direction.UPGRADE, version, digest));
		}
		return plan(Direction.UPGRADE, dbVersion, Math.max(from, to), preparation, steps);
	}

	/** What {@code downgrade(target)} would run. */
	public MigrationPlan downgrade(int target) throws SQLException {
		DatabaseState state = this.session.state();
		int dbVersion = Preconditions.requireUnderVersionControl(this.session, state);
		List<RecordedChangeset> future = Downgrade.check(this.session, target, dbVersion);
		Preconditions.requireClean(this.session, state);
		AppliedDigest digest = AppliedDigest.of(state, this.session.repository());
		List<MigrationPlan.Step> steps = new ArrayList<>();
		for (RecordedChangeset changeset : future) {
			steps.add(step(changeset, Direction.DOWNGRADE, changeset.version() - 1, digest));
		}
		for (int version = Math.min(dbVersion, this.session.repository().version()); version > target; version--) {
			steps.add(step(this.session.repository().changeset(version), Direction.DOWNGRADE, version - 1, digest));
		}
		return plan(Direction.DOWNGRADE, dbVersion, target, List.of(), steps);
	}

	/**
	 * What the first upgrade of a database not under version control does before any changeset: the
	 * tables, then the baseline script on an empty schema, or a stamp where the configuration allows it.
	 * @return the version it leaves the database at
	 */
	private int versionControl(List<String> preparation) throws SQLException {
		Repository repository = this.session.repository();
		List<String> tables = VersionControl.userTables(this.session);
		int version = VersionControl.firstRunVersion(this.session, tables);
		boolean baseline = tables.isEmpty() && repository.baseline() != null;
		if (!this.session.versionTable().exists()) {
			preparation.add(this.session.versionTable().createSql());
		}
		if (!this.session.historyTable().exists()) {
			preparation.addAll(this.session.historyTable().createSql());
		}
		if (baseline) {
			preparation.add("-- the baseline script, " + repository.baseline().upgrade().fileName());
			preparation.addAll(statements(repository.baseline().upgrade()));
		}
		preparation.add(this.session.versionTable().insertSqlText(this.session.repositoryId(), repository.location(),
				version));
		String digest = AppliedDigest.of(repository, version);
		HistoryEntry entry;
		if (baseline) {
			// as the run records it: the baseline script's run
			entry = HistoryEntry.started(repository.baseline(), Direction.UPGRADE, this.session.user(), null)
				.succeeded(0, null, digest);
		}
		else {
			String description = (version == 0) ? "baseline" : repository.changeset(version).description();
			ChangesetType type = (version == 0) ? ChangesetType.BASELINE : repository.changeset(version).type();
			entry = HistoryEntry.stamp(version, description, type, this.session.user(), digest);
		}
		preparation.add(this.session.historyTable().appendSqlText(this.session.repositoryId(), entry));
		return version;
	}

	private MigrationPlan.Step step(Changeset changeset, Direction direction, int newVersion, AppliedDigest digest)
			throws SQLException {
		List<String> notes = new ArrayList<>();
		List<String> body = body(changeset, direction, notes);
		String digestAfter;
		if (direction == Direction.UPGRADE) {
			digest.apply(changeset.version(), changeset.checksum());
		}
		else {
			digest.remove(changeset.version());
		}
		digestAfter = digest.value();
		String downgradeScript = (direction == Direction.UPGRADE) ? new ChangesetRunner(this.session).downgradeScript(changeset)
				: null;
		HistoryTable history = this.session.historyTable();
		String version = this.session.versionTable().updateSqlText(this.session.repositoryId(), newVersion);
		HistoryEntry started = HistoryEntry.started(changeset, direction, this.session.user(), downgradeScript);
		List<String> statements = new ArrayList<>();
		boolean transactional = RecordingProtocol.of(this.session, changeset, direction).inOneTransaction();
		if (transactional) {
			notes.add("in one transaction with its version and history row: all of it commits, or none of it");
			statements.addAll(body);
			statements.add(version);
			statements.add(history.appendSqlText(this.session.repositoryId(), started.succeeded(0, null, digestAfter)));
		}
		else {
			notes.add("recorded as started, run statement by statement (each commits as it runs), then recorded as "
					+ "done; a failure leaves the repository dirty until repair");
			statements.add(history.appendSqlText(this.session.repositoryId(), started));
			statements.addAll(body);
			statements.add(version);
			statements.add(history.markSucceededSqlText(digestAfter));
		}
		return new MigrationPlan.Step(changeset.version(), changeset.description(), changeset.source(), notes,
				statements);
	}

	/** The changeset's own statements in a direction; a note where they cannot be written down. */
	private List<String> body(Changeset changeset, Direction direction, List<String> notes) throws SQLException {
		if (changeset instanceof SqlChangeset sql) {
			SqlScript script = (direction == Direction.UPGRADE) ? sql.upgrade() : sql.downgrade();
			if (direction == Direction.DOWNGRADE) {
				notes.add("from " + script.fileName());
			}
			return statements(script);
		}
		if (changeset instanceof RecordedChangeset recorded) {
			notes.add("recorded in the history with its upgrade by the release that has it");
			return split(recorded.downgrade().text());
		}
		JavaBackedChangeset java = (JavaBackedChangeset) changeset;
		if (direction == Direction.DOWNGRADE && ReversibleChangeset.derivesDowngrade(java.changeset())) {
			String recorded = this.session.historyTable().downgradeScript(this.session.repositoryId(), java.version());
			if (recorded != null && !recorded.isBlank()) {
				notes.add("the downgrade recorded with its upgrade");
				return split(recorded);
			}
		}
		try {
			List<String> statements = DryRun.sql(java.changeset(), direction, this.session.dialect(),
					this.session.connection(), this.session.config().placeholders());
			notes.add("written through the changeset API, reading the schema as it is now");
			return statements;
		}
		catch (Exception ex) {
			notes.add("its statements cannot be shown without running it: " + ex.getMessage());
			return List.of();
		}
	}

	private List<String> statements(SqlScript script) {
		return split(Placeholders.replace(script.text(), this.session.config().placeholders(), script.fileName()));
	}

	private List<String> split(String text) {
		Dialect dialect = this.session.dialect();
		return SqlScriptSplitter.split(text, dialect.scriptSyntax())
			.statements()
			.stream()
			.map(SqlStatement::sql)
			.toList();
	}

	private AppliedDigest digestUpTo(int version) {
		AppliedDigest digest = AppliedDigest.of(new DatabaseState(null, List.of()), this.session.repository());
		for (int each = 1; each <= version; each++) {
			digest.apply(each, this.session.repository().changeset(each).checksum());
		}
		return digest;
	}

	private MigrationPlan plan(Direction direction, @Nullable Integer from, int to, List<String> preparation,
			List<MigrationPlan.Step> steps) {
		return new MigrationPlan(this.session.repositoryId(), this.session.dialect().name(), direction, from, to,
				preparation, steps);
	}

}

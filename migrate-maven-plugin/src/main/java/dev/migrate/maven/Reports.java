package dev.migrate.maven;

import dev.migrate.core.ChangesetRun;
import dev.migrate.core.MigrationPlan;
import dev.migrate.core.MigrationResult;
import org.apache.maven.plugin.logging.Log;

/** How the goals that move versions say what they did, or would do. */
final class Reports {

	static final String DRY_RUN = "migrate.dry-run";

	private Reports() {
	}

	/** What an upgrade or a downgrade did: the versions moved and the changesets run, in one line. */
	static void migration(Log log, MigrationResult result) {
		if (!result.changed()) {
			log.info("Repository '" + result.repositoryId() + "' is at version " + result.toVersion()
					+ ": nothing to do");
			return;
		}
		// told by the versions: an upgrade with migrate.on-newer-database=downgrade may take the database back
		String done = (result.toVersion() < result.fromVersion()) ? "Downgraded" : "Upgraded";
		log.info(done + " repository '" + result.repositoryId() + "' from version " + result.fromVersion() + " to "
				+ result.toVersion() + ": ran " + result.runs().stream().map(Reports::run).toList());
	}

	private static String run(ChangesetRun run) {
		return run.version() + " " + run.description() + " (" + run.type() + ", " + run.executionMs() + " ms)";
	}

	/** A dry run's plan: every statement that would run, as SQL with comments; its first line says nothing changed. */
	static void plan(Log log, MigrationPlan plan) {
		plan.script().lines().forEach(log::info);
	}

}

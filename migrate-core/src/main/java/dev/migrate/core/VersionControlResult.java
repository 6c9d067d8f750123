package dev.migrate.core;

/**
 * What {@code versionControl} did.
 *
 * @param repositoryId the repository
 * @param version the version the database is now at
 * @param baselineRun whether the baseline script ran first (an empty database controlled at 0)
 */
public record VersionControlResult(String repositoryId, int version, boolean baselineRun) {
}

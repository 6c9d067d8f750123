/**
 * Micrometer meters: a timer per changeset run and a gauge of each repository's db version.
 */
@NullMarked
package dev.migrate.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;

/**
 * Splitting a changeset's SQL script into the statements the runner executes, one by one.
 */
@NullMarked
package dev.migrate.core.internal.sql;

import org.jspecify.annotations.NullMarked;

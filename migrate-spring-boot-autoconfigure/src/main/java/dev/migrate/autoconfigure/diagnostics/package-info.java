/**
 * Failure analyzers that say what failed at startup and what to do about it.
 */
@NullMarked
package dev.migrate.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;

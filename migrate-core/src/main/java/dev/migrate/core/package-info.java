/**
 * The public API of the engine: {@link dev.migrate.core.Migrate}, its configuration, results and exceptions.
 */
@NullMarked
package dev.migrate.core;

import org.jspecify.annotations.NullMarked;

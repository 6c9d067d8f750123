/**
 * The commands and the version and history tables behind {@link dev.migrate.core.Migrate}. Not an API: nothing here is for users.
 */
@NullMarked
package dev.migrate.core.internal;

import org.jspecify.annotations.NullMarked;

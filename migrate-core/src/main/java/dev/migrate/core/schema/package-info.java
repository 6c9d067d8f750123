/**
 * Schema snapshots read from a live database, and the differences between two of them.
 */
@NullMarked
package dev.migrate.core.schema;

import org.jspecify.annotations.NullMarked;

/**
 * A repository of versioned changesets: its layout on disk, SQL and Java changesets, and loading.
 */
@NullMarked
package dev.migrate.core.repository;

import org.jspecify.annotations.NullMarked;

/**
 * The changeset API ({@link dev.migrate.core.schema.Schema}: tables, columns, types, constraints and
 * indexes, written as each dialect's SQL by its {@link dev.migrate.core.schema.DdlRenderer}), and schema
 * snapshots read from a live database (tables, and the views, functions, triggers, sequences, types,
 * extensions and comments each database has), with the differences between two of them.
 */
@NullMarked
package dev.migrate.core.schema;

import org.jspecify.annotations.NullMarked;

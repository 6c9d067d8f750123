/**
 * The JPA model against the database: the application's entities, as Hibernate maps them, read into the
 * same {@link dev.migrate.core.schema.SchemaSnapshot} that a live database gives, the differences between
 * the two ({@link ModelDiff}), and the changeset that removes them.
 */
@NullMarked
package dev.migrate.core.model;

import org.jspecify.annotations.NullMarked;

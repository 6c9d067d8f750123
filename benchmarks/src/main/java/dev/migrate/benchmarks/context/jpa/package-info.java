/**
 * Two entities of the context scenario's application, for its runs with JPA: {@code migrate.model-check}
 * off against warn.
 */
@NullMarked
package dev.migrate.benchmarks.context.jpa;

import org.jspecify.annotations.NullMarked;

/**
 * The comparison of Migrate against Flyway, Liquibase and raw JDBC: changeset generation, one tool
 * call per JVM, and the report. Run it with {@code benchmarks/run.sh}; it is never a dependency.
 */
@NullMarked
package dev.migrate.benchmarks;

import org.jspecify.annotations.NullMarked;

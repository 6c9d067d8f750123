/**
 * Scenario (c): the start of a Spring Boot application context with nothing pending.
 */
@NullMarked
package dev.migrate.benchmarks.context;

import org.jspecify.annotations.NullMarked;

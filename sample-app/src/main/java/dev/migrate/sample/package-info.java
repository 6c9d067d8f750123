/**
 * The sample application.
 */
@NullMarked
package dev.migrate.sample;

import org.jspecify.annotations.NullMarked;

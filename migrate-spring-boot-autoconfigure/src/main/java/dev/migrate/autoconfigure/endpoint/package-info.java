/**
 * The Actuator endpoint {@code migrate}: where every repository stands, read-only.
 */
@NullMarked
package dev.migrate.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;

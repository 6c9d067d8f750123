/**
 * The health indicator {@code migrate}: UP when every repository is clean and at its target.
 */
@NullMarked
package dev.migrate.autoconfigure.health;

import org.jspecify.annotations.NullMarked;

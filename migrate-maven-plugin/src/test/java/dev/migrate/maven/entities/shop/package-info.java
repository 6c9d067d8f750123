/**
 * An entity in a sub-package, for {@code JpaEntitiesTests}.
 */
@NullMarked
package dev.migrate.maven.entities.shop;

import org.jspecify.annotations.NullMarked;

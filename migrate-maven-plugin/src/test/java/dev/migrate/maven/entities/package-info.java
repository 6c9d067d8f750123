/**
 * Entities for {@code JpaEntitiesTests}: the packages that hold them are the model's by default.
 */
@NullMarked
package dev.migrate.maven.entities;

import org.jspecify.annotations.NullMarked;

/**
 * {@code migrate.model-check}: the application's own Hibernate mapping, taken while its
 * EntityManagerFactory is built, compared with the schema that the startup migration left.
 */
@NullMarked
package dev.migrate.autoconfigure.model;

import org.jspecify.annotations.NullMarked;

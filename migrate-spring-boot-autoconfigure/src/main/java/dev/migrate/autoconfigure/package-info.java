/**
 * Auto-configuration for Migrate: the properties under {@code migrate.*}, the DataSource choice, and the
 * initializer that brings the schema to its target before JPA or any JdbcTemplate reads it.
 */
@NullMarked
package dev.migrate.autoconfigure;

import org.jspecify.annotations.NullMarked;

/**
 * What differs between databases: locking, transactional DDL, SQL syntax and type names.
 */
@NullMarked
package dev.migrate.core.dialect;

import org.jspecify.annotations.NullMarked;

/**
 * What differs between databases, one {@link dev.migrate.core.dialect.Dialect} each: how the database is
 * recognised, locking, transactional DDL, script syntax, catalog queries for snapshots, SQL and type
 * names. {@link dev.migrate.core.dialect.Dialects} finds them through {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.migrate.core.dialect;

import org.jspecify.annotations.NullMarked;

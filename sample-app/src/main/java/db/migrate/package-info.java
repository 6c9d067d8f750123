/**
 * The Java changesets of the CMS repository (the SQL ones are in {@code db/migrate/versions}).
 */
@NullMarked
package db.migrate;

import org.jspecify.annotations.NullMarked;

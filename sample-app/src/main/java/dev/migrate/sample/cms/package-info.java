/**
 * The CMS: pages, users and tags, and the JSON API over them.
 */
@NullMarked
package dev.migrate.sample.cms;

import org.jspecify.annotations.NullMarked;

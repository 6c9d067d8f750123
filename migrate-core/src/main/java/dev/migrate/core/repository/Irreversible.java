package dev.migrate.core.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link JavaChangeset} that has no downgrade. Without it, a changeset that does not implement
 * {@code downgrade} fails when the repository loads. (A SQL changeset says the same with the directive
 * {@code -- migrate:irreversible} at the top of its upgrade script.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Irreversible {

}

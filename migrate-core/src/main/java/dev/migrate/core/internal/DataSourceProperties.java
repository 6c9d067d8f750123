package dev.migrate.core.internal;

import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * What a DataSource tells of itself through its getters, where its class has them (Hikari, Spring's driver
 * DataSources), looked up through Spring's delegating DataSources around it (their
 * {@code getTargetDataSource}), down to four levels. Read by reflection, so that no pool is a dependency.
 */
final class DataSourceProperties {

	private static final int DEPTH = 4;

	private DataSourceProperties() {
	}

	/** The JDBC URL ({@code getJdbcUrl}, {@code getUrl} or {@code getURL}), for a report; null where none says it. */
	static @Nullable String url(DataSource dataSource) {
		Object url = first(dataSource, (value) -> value instanceof String text && !text.isBlank(), "getJdbcUrl",
				"getUrl", "getURL");
		return (url != null) ? (String) url : null;
	}

	/** The pool's maximum size ({@code getMaximumPoolSize}); null where the DataSource is not a pool that says it. */
	static @Nullable Integer maximumPoolSize(DataSource dataSource) {
		Object size = first(dataSource, (value) -> value instanceof Integer number && number > 0, "getMaximumPoolSize");
		return (size != null) ? (Integer) size : null;
	}

	private static @Nullable Object first(DataSource dataSource, Predicate<Object> accepted, String... getters) {
		Object current = dataSource;
		for (int depth = 0; depth < DEPTH && current != null; depth++) {
			for (String getter : getters) {
				Object value = get(current, getter);
				if (value != null && accepted.test(value)) {
					return value;
				}
			}
			current = get(current, "getTargetDataSource");
		}
		return null;
	}

	private static @Nullable Object get(Object target, String getter) {
		try {
			return target.getClass().getMethod(getter).invoke(target);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// not a getter of this class
			return null;
		}
	}

}

package dev.migrate.autoconfigure;

import java.util.List;

/**
 * No DataSource could be chosen for migrations: none is marked {@link MigrateDataSource}, no
 * {@code migrate.url} is set, and the context does not have exactly one DataSource.
 */
public class NoMigrateDataSourceException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> dataSourceBeanNames;

	public NoMigrateDataSourceException(List<String> dataSourceBeanNames) {
		super(dataSourceBeanNames.isEmpty() ? "Migrate found no DataSource to migrate"
				: "Migrate cannot choose among the DataSource beans " + dataSourceBeanNames);
		this.dataSourceBeanNames = List.copyOf(dataSourceBeanNames);
	}

	/** The names of the DataSource beans found; empty when there was none. */
	public List<String> getDataSourceBeanNames() {
		return this.dataSourceBeanNames;
	}

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.autoconfigure.NoMigrateDataSourceException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** No DataSource could be chosen for migrations. */
class NoMigrateDataSourceFailureAnalyzer extends AbstractFailureAnalyzer<NoMigrateDataSourceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoMigrateDataSourceException cause) {
		String found = cause.getDataSourceBeanNames().isEmpty() ? "no DataSource bean"
				: cause.getDataSourceBeanNames().size() + " DataSource beans (" + String.join(", ",
						cause.getDataSourceBeanNames()) + ") and none of them is primary or marked @MigrateDataSource";
		return new FailureAnalysis("Migrate could not choose the DataSource to migrate: it found " + found
				+ ", and migrate.url is not set.",
				"Name the DataSource bean to migrate with migrate.data-source, mark it with @MigrateDataSource (or make "
						+ "one @Primary), or set migrate.url, migrate.user and migrate.password for a DataSource of its "
						+ "own. To start without migrations, set migrate.enabled=false.",
				cause);
	}

}

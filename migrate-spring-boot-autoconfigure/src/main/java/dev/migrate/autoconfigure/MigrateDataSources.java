package dev.migrate.autoconfigure;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource that one repository migrates, as Spring Boot does for Flyway, for {@code migrate.*}
 * and each {@code migrate.repositories.<name>.*} alike: the bean its {@code data-source} names; else the one
 * marked {@code @MigrateDataSource}; else one of its own for its {@code url}; else the application's with
 * its {@code user}; else the application's; else one for the application's JdbcConnectionDetails.
 */
final class MigrateDataSources {

	private final ListableBeanFactory beanFactory;

	private final @Nullable ClassLoader classLoader;

	private final @Nullable DataSource migrateDataSource;

	private final @Nullable DataSource uniqueDataSource;

	private final @Nullable JdbcConnectionDetails connectionDetails;

	MigrateDataSources(ListableBeanFactory beanFactory, @Nullable ClassLoader classLoader,
			@Nullable DataSource migrateDataSource, @Nullable DataSource uniqueDataSource,
			@Nullable JdbcConnectionDetails connectionDetails) {
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
		this.migrateDataSource = migrateDataSource;
		this.uniqueDataSource = uniqueDataSource;
		this.connectionDetails = connectionDetails;
	}

	/**
	 * The DataSource of one repository.
	 * @param properties the repository's properties
	 * @param prefix where they are, {@code migrate} or {@code migrate.repositories.<name>}
	 * @return the DataSource to migrate
	 */
	DataSource choose(MigrateRepositoryProperties properties, String prefix) {
		String named = properties.getDataSource();
		if (StringUtils.hasText(named)) {
			return named(prefix + ".data-source", named.strip());
		}
		if (this.migrateDataSource != null) {
			return this.migrateDataSource;
		}
		if (StringUtils.hasText(properties.getUrl())) {
			return credentials(DataSourceBuilder.create(this.classLoader).url(properties.getUrl()), properties);
		}
		if (StringUtils.hasText(properties.getUser()) && this.uniqueDataSource != null) {
			return credentials(DataSourceBuilder.derivedFrom(this.uniqueDataSource), properties);
		}
		if (this.uniqueDataSource != null) {
			return this.uniqueDataSource;
		}
		if (this.connectionDetails != null) {
			DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader)
				.type(SimpleDriverDataSource.class)
				.url(this.connectionDetails.getJdbcUrl())
				.username(this.connectionDetails.getUsername())
				.password(this.connectionDetails.getPassword());
			String driverClassName = this.connectionDetails.getDriverClassName();
			return (driverClassName != null) ? builder.driverClassName(driverClassName).build() : builder.build();
		}
		throw new NoMigrateDataSourceException(dataSourceBeanNames());
	}

	private DataSource named(String property, String name) {
		List<String> names = dataSourceBeanNames();
		if (!this.beanFactory.containsBean(name) || !this.beanFactory.isTypeMatch(name, DataSource.class)) {
			throw new InvalidMigratePropertyException(property, name, names.isEmpty()
					? "there is no DataSource bean of that name, nor any other DataSource bean"
					: "there is no DataSource bean of that name; the DataSource beans are " + String.join(", ", names));
		}
		return this.beanFactory.getBean(name, DataSource.class);
	}

	private List<String> dataSourceBeanNames() {
		return Arrays.asList(BeanFactoryUtils.beanNamesForTypeIncludingAncestors(this.beanFactory, DataSource.class));
	}

	private static DataSource credentials(DataSourceBuilder<?> builder, MigrateRepositoryProperties properties) {
		builder.type(SimpleDriverDataSource.class);
		if (properties.getUser() != null) {
			builder.username(properties.getUser());
		}
		if (properties.getPassword() != null) {
			builder.password(properties.getPassword());
		}
		return builder.build();
	}

}

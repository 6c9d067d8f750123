package dev.migrate.autoconfigure;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.repository.JavaChangeset;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.util.StringUtils;

/**
 * Makes the {@link Migrate} and the {@link MigrateInitializer} of each repository, that of {@code migrate.*}
 * and those of {@code migrate.repositories.<name>.*}, in one way. Beans around them go to every repository
 * unless a {@link Qualifier @Qualifier} names one: a {@link MigrateConfigurationCustomizer} applies to every
 * repository, or to the one its qualifier names; a {@link MigrationStrategy} qualified with a repository's
 * name is that repository's, an unqualified one every other's; a {@link JavaChangeset} bean belongs to
 * {@code migrate.*}, or to the repository its qualifier names.
 */
final class MigrateRepositoryBeans {

	private final MigrateProperties properties;

	private final MigrateRepositories repositories;

	private final ListableBeanFactory beanFactory;

	private final @Nullable ClassLoader classLoader;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<DataSource> migrateDataSource;

	private final ObjectProvider<JdbcConnectionDetails> connectionDetails;

	private final ObjectProvider<MigrateConfigurationCustomizer> customizers;

	private final ObjectProvider<JavaChangeset> javaChangesets;

	private final ObjectProvider<MigrationStrategy> strategies;

	MigrateRepositoryBeans(MigrateProperties properties, ListableBeanFactory beanFactory,
			@Nullable ClassLoader classLoader, ObjectProvider<DataSource> dataSource,
			ObjectProvider<DataSource> migrateDataSource, ObjectProvider<JdbcConnectionDetails> connectionDetails,
			ObjectProvider<MigrateConfigurationCustomizer> customizers, ObjectProvider<JavaChangeset> javaChangesets,
			ObjectProvider<MigrationStrategy> strategies) {
		this.properties = properties;
		this.repositories = new MigrateRepositories(properties.getRepositories());
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
		this.dataSource = dataSource;
		this.migrateDataSource = migrateDataSource;
		this.connectionDetails = connectionDetails;
		this.customizers = customizers;
		this.javaChangesets = javaChangesets;
		this.strategies = strategies;
	}

	/** Whether the application has repositories under {@code migrate.repositories}. */
	boolean several() {
		return !this.repositories.names().isEmpty();
	}

	/**
	 * The engine of a repository.
	 * @param name {@link MigrateProperties#DEFAULT_REPOSITORY} or a {@code migrate.repositories} name
	 * @return its engine, configured
	 */
	Migrate migrate(String name) {
		MigrateRepositoryProperties repository = properties(name);
		String prefix = MigrateRepositories.prefix(name);
		MigrateDataSources dataSources = new MigrateDataSources(this.beanFactory, this.classLoader,
				this.migrateDataSource.getIfAvailable(), this.dataSource.getIfUnique(),
				this.connectionDetails.getIfUnique());
		DataSource chosen = dataSources.choose(repository, prefix);
		List<JavaChangeset> changesets = qualified(this.javaChangesets, JavaChangeset.class, name, isDefault(name));
		List<MigrateConfigurationCustomizer> repositoryCustomizers = qualified(this.customizers,
				MigrateConfigurationCustomizer.class, name, true);
		return new Migrate(MigrateConfigMapper.map(repository, prefix, chosen, this.classLoader, changesets,
				repositoryCustomizers));
	}

	/**
	 * The initializer of a repository.
	 * @param name {@link MigrateProperties#DEFAULT_REPOSITORY} or a {@code migrate.repositories} name
	 * @param migrate its engine
	 * @return its initializer, which names the repository in a failure when there are several
	 */
	MigrateInitializer initializer(String name, Migrate migrate) {
		return new MigrateInitializer(migrate, strategy(name), several() ? name : null);
	}

	private MigrateRepositoryProperties properties(String name) {
		return isDefault(name) ? this.properties : this.repositories.properties(name);
	}

	private @Nullable MigrationStrategy strategy(String name) {
		Map<String, MigrationStrategy> all = this.beanFactory.getBeansOfType(MigrationStrategy.class);
		if (all.keySet().stream().allMatch((beanName) -> repositoryOf(beanName) == null)) {
			// none is any repository's own: the one there is, or the primary one, is every repository's
			return this.strategies.getIfAvailable();
		}
		List<MigrationStrategy> own = qualified(this.strategies, MigrationStrategy.class, name, false);
		List<MigrationStrategy> candidates = own.isEmpty()
				? qualified(this.strategies, MigrationStrategy.class, "", true) : own;
		if (candidates.size() > 1) {
			throw new NoUniqueBeanDefinitionException(MigrationStrategy.class, candidates.size(),
					"several MigrationStrategy beans for the repository of " + MigrateRepositories.prefix(name)
							+ ".*: qualify one with @Qualifier(\"" + name + "\")");
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	/**
	 * The beans of a type for one repository, in order: those whose qualifier names it, and, when
	 * {@code unqualifiedToo}, those whose qualifier names no repository.
	 */
	private <T> List<T> qualified(ObjectProvider<T> provider, Class<T> type, String name, boolean unqualifiedToo) {
		Map<Object, String> beanNames = new IdentityHashMap<>();
		this.beanFactory.getBeansOfType(type).forEach((beanName, bean) -> beanNames.put(bean, beanName));
		return provider.orderedStream().filter((bean) -> {
			String beanName = beanNames.get(bean);
			String repository = (beanName != null) ? repositoryOf(beanName) : null;
			return (repository != null) ? repository.equals(name) : unqualifiedToo;
		}).toList();
	}

	/** The repository a bean's {@code @Qualifier} names; null when it has none, or one naming no repository. */
	private @Nullable String repositoryOf(String beanName) {
		Qualifier qualifier = this.beanFactory.findAnnotationOnBean(beanName, Qualifier.class);
		if (qualifier == null || !StringUtils.hasText(qualifier.value())) {
			return null;
		}
		String value = qualifier.value();
		return (isDefault(value) || this.repositories.names().contains(value)) ? value : null;
	}

	private static boolean isDefault(String name) {
		return MigrateProperties.DEFAULT_REPOSITORY.equals(name);
	}

}

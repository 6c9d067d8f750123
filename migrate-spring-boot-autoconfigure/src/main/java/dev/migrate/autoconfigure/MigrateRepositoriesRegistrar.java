package dev.migrate.autoconfigure;

import java.util.Map;

import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.core.Migrate;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Registers, for each {@code migrate.repositories.<name>}, a {@link Migrate} bean {@code <name>Migrate} and,
 * when it migrates at startup and no {@code migrate.command} runs, a {@link MigrateInitializer}
 * {@code <name>MigrateInitializer}; the {@code DatabaseInitializerDetector} finds every one of them, so the
 * beans that read a schema wait for all. The name {@code migrate} is that of {@code migrate.*}'s repository.
 */
class MigrateRepositoriesRegistrar implements BeanRegistrar {

	@Override
	public void register(BeanRegistry registry, Environment environment) {
		Map<String, MigrateProperties.Repository> repositories = MigrateRepositories.bind(environment);
		boolean enabled = Binder.get(environment).bind("migrate.enabled", Boolean.class).orElse(true);
		boolean command = MigrateCommand.requested(environment);
		repositories.forEach((name, repository) -> {
			if (MigrateProperties.DEFAULT_REPOSITORY.equals(name)) {
				throw new InvalidMigratePropertyException("migrate.repositories." + name, name,
						"the name 'migrate' is that of the repository of migrate.*: give this repository another name");
			}
			String beanName = MigrateRepositories.beanName(name);
			registry.registerBean(beanName, Migrate.class,
					(spec) -> spec.description("The repository of " + MigrateRepositories.prefix(name) + ".*")
						.supplier((context) -> context.bean(MigrateRepositoryBeans.class).migrate(name)));
			if (!command && MigrateRepositories.migratesAtStartup(repository, enabled)) {
				registry.registerBean(beanName + "Initializer", MigrateInitializer.class,
						(spec) -> spec.supplier((context) -> context.bean(MigrateRepositoryBeans.class)
							.initializer(name, context.bean(beanName, Migrate.class))));
			}
		});
	}

}

package dev.migrate.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.core.Migrate;
import org.springframework.util.StringUtils;

/**
 * The repositories {@code migrate.command} runs on: the one {@code migrate.command-repository} names; else
 * every one that migrates at startup; else, when none does, every one. A repository is named as
 * {@link MigrateRepositories} says: a {@code migrate.repositories} entry by its name, any other
 * {@link Migrate} bean (that of {@code migrate.*} is {@code migrate}) by its bean name. A downgrade, whose
 * {@code migrate.target} would apply to every one, must name its repository.
 */
final class MigrateCommandRepositories {

	private MigrateCommandRepositories() {
	}

	/**
	 * The repositories to run the command on, by name, {@code migrate.*}'s (and the user's) first.
	 * @param migrates the {@link Migrate} beans, by bean name
	 * @param repositories the {@code migrate.repositories} entries
	 * @param properties the {@code migrate.*} properties
	 * @param command the command: a downgrade runs on one repository only
	 * @return the repositories, by name, in order
	 */
	static Map<String, Migrate> choose(Map<String, Migrate> migrates, MigrateRepositories repositories,
			MigrateProperties properties, MigrateCommand command) {
		Map<String, Migrate> all = new LinkedHashMap<>();
		Map<String, Migrate> atStartup = new LinkedHashMap<>();
		migrates.forEach((beanName, migrate) -> {
			if (repositories.nameOf(beanName) == null) {
				all.put(beanName, migrate);
				if (properties.isEnabled()) {
					atStartup.put(beanName, migrate);
				}
			}
		});
		for (String name : repositories.names()) {
			Migrate migrate = migrates.get(MigrateRepositories.beanName(name));
			if (migrate != null) {
				all.put(name, migrate);
				if (MigrateRepositories.migratesAtStartup(repositories.properties(name), properties.isEnabled())) {
					atStartup.put(name, migrate);
				}
			}
		}
		String wanted = properties.getCommandRepository();
		if (StringUtils.hasText(wanted)) {
			Migrate migrate = all.get(wanted.strip());
			if (migrate == null) {
				throw new InvalidMigratePropertyException("migrate.command-repository", wanted,
						"there is no repository of that name; the repositories are " + String.join(", ", all.keySet()));
			}
			return Map.of(wanted.strip(), migrate);
		}
		Map<String, Migrate> chosen = atStartup.isEmpty() ? all : atStartup;
		if (chosen.size() > 1 && command == MigrateCommand.DOWNGRADE) {
			throw new InvalidMigratePropertyException("migrate.command-repository", "",
					"migrate.command=downgrade takes a repository down to migrate.target, and there are several ("
							+ String.join(", ", chosen.keySet()) + "): name the one to downgrade, for example "
							+ "--migrate.command-repository=" + chosen.keySet().iterator().next());
		}
		return chosen;
	}

}

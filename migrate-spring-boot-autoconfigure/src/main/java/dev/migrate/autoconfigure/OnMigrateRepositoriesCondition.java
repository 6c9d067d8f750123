package dev.migrate.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code migrate.repositories} has entries: the application has several repositories. */
public class OnMigrateRepositoriesCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, MigrateProperties.Repository> repositories = MigrateRepositories.bind(context.getEnvironment());
		return repositories.isEmpty() ? ConditionOutcome.noMatch("migrate.repositories has no entries")
				: ConditionOutcome.match("migrate.repositories has " + repositories.keySet());
	}

	/** Matches when an entry of {@code migrate.repositories} migrates at startup. */
	public static final class AtStartup extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			boolean enabled = Binder.get(environment).bind("migrate.enabled", Boolean.class).orElse(true);
			return MigrateRepositories.bind(environment)
				.values()
				.stream()
				.anyMatch((repository) -> MigrateRepositories.migratesAtStartup(repository, enabled))
						? ConditionOutcome.match("an entry of migrate.repositories migrates at startup")
						: ConditionOutcome.noMatch("no entry of migrate.repositories migrates at startup");
		}

	}

}

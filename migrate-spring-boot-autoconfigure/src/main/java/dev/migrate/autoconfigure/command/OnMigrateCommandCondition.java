package dev.migrate.autoconfigure.command;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code migrate.command} names a command: set and not blank. */
public final class OnMigrateCommandCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return MigrateCommand.requested(context.getEnvironment())
				? ConditionOutcome.match(MigrateCommand.PROPERTY + " is set")
				: ConditionOutcome.noMatch(MigrateCommand.PROPERTY + " is not set");
	}

}

package dev.migrate.autoconfigure.diagnostics;

import dev.migrate.autoconfigure.InvalidMigratePropertyException;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** A {@code migrate.*} property has a value the engine cannot work with: names it and where it was set. */
class InvalidMigratePropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMigratePropertyException> {

	private final Environment environment;

	InvalidMigratePropertyFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidMigratePropertyException cause) {
		return new FailureAnalysis("Invalid value '" + cause.getValue() + "' for property '" + cause.getProperty() + "'"
				+ origin(cause.getProperty()) + ": " + cause.getReason() + ". Nothing was run.",
				"Correct " + cause.getProperty() + " in the application's configuration.", cause);
	}

	private String origin(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty found = source.getConfigurationProperty(name);
			if (found != null && found.getOrigin() != null) {
				return " (from " + found.getOrigin() + ")";
			}
		}
		return "";
	}

}

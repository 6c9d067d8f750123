package dev.migrate.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Resource;

/**
 * The goals that write a new changeset's files. They never open the database; they number the new
 * changeset after the highest one in the project's sources (the resource folders come first on their
 * class path, so scripts not yet compiled count too) and in its compiled classes.
 */
abstract class AbstractScriptMojo extends AbstractMigrateMojo {

	@Override
	boolean usesDatabase() {
		return false;
	}

	@Override
	List<String> classpath() {
		List<String> classpath = new ArrayList<>();
		for (Resource resource : project().getBuild().getResources()) {
			classpath.add(resource.getDirectory());
		}
		classpath.addAll(super.classpath());
		return classpath;
	}

	/** {@code -Dmigrate.description}, required. */
	static String description(ProjectSettings settings) {
		String description = settings.get("migrate.description");
		if (description == null || description.isBlank()) {
			throw new SettingsException("A new changeset needs a description: give -Dmigrate.description=\"Add ctime to page\"");
		}
		return description;
	}

}

package dev.migrate.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The schema holds tables but no version control: upgrading it could break or duplicate them. */
public final class NonEmptySchemaException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<String> tables;

	public NonEmptySchemaException(String repositoryId, @Nullable String schema, List<String> tables,
			int baselineVersion) {
		super("The schema " + ((schema != null) ? "'" + schema + "' " : "") + "is not empty (tables: "
				+ String.join(", ", tables.subList(0, Math.min(tables.size(), 10)))
				+ ((tables.size() > 10) ? ", ..." : "") + ") but is not under version control for repository '"
				+ repositoryId + "'. " + advice(baselineVersion), advice(baselineVersion), null);
		this.tables = List.copyOf(tables);
	}

	private static String advice(int baselineVersion) {
		return "If it is the schema of version " + baselineVersion + ", put it under version control there: set "
				+ "migrate.baseline.on-existing-schema=true (and migrate.baseline.version if it is not " + baselineVersion
				+ "), or run " + Advice.versionControl(baselineVersion) + ". Otherwise point Migrate at another schema.";
	}

	public List<String> tables() {
		return this.tables;
	}

}

package dev.migrate.core.engine;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.testing.RepositoryCase;

/** What tests of the engine on a database read back: its tables, columns, rows and history. */
public abstract class EngineCase extends RepositoryCase {

	/** Drops an index, as the database's SQL says: on MySQL with its table. */
	protected String dropIndex(String index, String table) {
		return this.database.dialect().equals("mysql") ? "DROP INDEX " + index + " ON " + table + ";" : "DROP INDEX " + index + ";";
	}

	/** The tables of the test schema, in lower case. */
	protected List<String> tables() {
		return this.database.tables();
	}

	/** The tables, the version rows and the history of the test schema: what a dry run must leave as it is. */
	protected List<String> fingerprint() {
		List<String> fingerprint = new ArrayList<>(tables());
		if (fingerprint.contains("migrate_version")) {
			fingerprint.addAll(this.database.query("SELECT CONCAT(repository_id, ' ', version) FROM migrate_version ORDER BY 1"));
			fingerprint.addAll(history());
		}
		return fingerprint;
	}

	protected List<String> scratchOrNewSchemas(String name) {
		return this.database.schemas(name.replace("_", "\\_"));
	}

	/** The scratch schemas (MySQL: databases) that a round trip creates, in lower case. */
	protected List<String> scratchSchemas() {
		return this.database.schemas("migrate\\_test\\_%");
	}

	protected List<String> columns(String table) {
		return this.database.columns(table);
	}

	protected int count(String table) {
		return Integer.parseInt(this.database.query("SELECT COUNT(*) FROM " + table).get(0));
	}

	/** The history rows as "version direction type success", oldest first. */
	protected List<String> history() {
		return this.database.query("SELECT CONCAT(version, ' ', direction, ' ', type, ' ', "
				+ "CASE WHEN success THEN 'true' ELSE 'false' END) FROM migrate_history ORDER BY id");
	}

}

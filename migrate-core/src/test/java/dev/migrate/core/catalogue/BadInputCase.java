package dev.migrate.core.catalogue;

import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.RepositoryCase;
import dev.migrate.core.testing.ScriptFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every case of the catalogue of bad input shares: a database of its own, a repository in a temporary
 * folder, and the fingerprint that shows the bad input changed nothing.
 */
abstract class BadInputCase extends RepositoryCase {

	@Override
	protected String repositoryId() {
		return "catalogue";
	}

	/** A table of the user's with a row, so that the fingerprint shows that data was left alone too. */
	void userTable() {
		this.database.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title VARCHAR(40))",
				"INSERT INTO page (id, title) VALUES (1, 'home')");
	}

	Fingerprint fingerprint() {
		return Fingerprint.of(this.database);
	}

	void assertUnchanged(Fingerprint before) {
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** The script name of version {@code n} of {@link ScriptFolder#tables(int)}. */
	static String tableScript(int version, String direction) {
		return String.format("%03d_create_t%d_default_%s.sql", version, version, direction);
	}

}

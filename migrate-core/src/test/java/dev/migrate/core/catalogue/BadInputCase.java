package dev.migrate.core.catalogue;
import dev.migrate.core.ConnectionFailedException;
import dev.migrate.core.Migrate;
import dev.migrate.core.testing.Fingerprint;
import dev.migrate.core.testing.RepositoryCase;
import dev.migrate.core.testing.ScriptFolder;
import org.assertj.core.api.ThrowableAssertAlternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every case of the catalogue of bad input shares: a database of its own, a repository in a temporary
 * folder, and the fingerprint that shows the bad input changed nothing.
 */
public abstract class BadInputCase extends RepositoryCase {

	@Override
	protected String repositoryId() {
		return "catalogue";
	}

	/** A table of the user's with a row, so that the fingerprint shows that data was left alone too. */
	protected void userTable() {
		this.database.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title VARCHAR(40))",
				"INSERT INTO page (id, title) VALUES (1, 'home')");
	}

	protected Fingerprint fingerprint() {
		return Fingerprint.of(this.database);
	}

	protected void assertUnchanged(Fingerprint before) {
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** The history rows of the catalogue's repository as "version direction type success", oldest first. */
	protected java.util.List<String> history() {
		return this.database.query("SELECT CONCAT(version, ' ', direction, ' ', type, ' ', "
				+ "CASE WHEN success THEN 'true' ELSE 'false' END) FROM migrate_history ORDER BY id");
	}

	/** The script name of version {@code n} of {@link ScriptFolder#tables(int)}. */
	protected static String tableScript(int version, String direction) {
		return String.format("%03d_create_t%d_default_%s.sql", version, version, direction);
	}

	/** The command fails to connect, naming the URL with its password hidden and never the password. */
	protected ThrowableAssertAlternative<ConnectionFailedException> assertConnectionFails(Migrate migrate, String secret) {
		Fingerprint before = fingerprint();
		ThrowableAssertAlternative<ConnectionFailedException> failure = assertThatExceptionOfType(
				ConnectionFailedException.class)
			.isThrownBy(migrate::upgrade)
			.withMessageNotContaining(secret)
			.satisfies((ex) -> assertThat(String.valueOf(ex.url())).doesNotContain(secret));
		assertUnchanged(before);
		return failure;
	}

}

package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.dialect.ScriptSyntax.Feature;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.MySqlSnapshotCatalog;
import dev.migrate.core.schema.MySqlSynonyms;
import dev.migrate.core.schema.SchemaSynonyms;
import dev.migrate.core.schema.SnapshotCatalog;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB: DDL commits as it runs, so a failed changeset leaves the repository dirty; the
 * lock is {@code GET_LOCK}, which belongs to the session and holds no transaction open.
 */
public final class MySqlDialect implements Dialect {

	private static final Pattern ERROR_LINE = Pattern.compile(" at line (\\d{1,9})$");

	private static final ScriptSyntax SYNTAX = ScriptSyntax.of(Feature.BACKSLASH_ESCAPES, Feature.BACKTICK_IDENTIFIERS,
			Feature.HASH_COMMENTS, Feature.DASH_COMMENTS_NEED_SPACE, Feature.DELIMITER_COMMAND,
			Feature.EXECUTABLE_COMMENTS, Feature.END_CLOSES_BLOCKS);


	@Override
	public String name() {
		return "mysql";
	}

	@Override
	public List<String> aliases() {
		return List.of("mariadb");
	}

	@Override
	public String productName() {
		return "MySQL";
	}

	/** MariaDB's driver or MySQL's Connector/J. */
	@Override
	public Recognition recognise(Connection connection) {
		String type = connection.getClass().getName();
		return Recognition.mineIf(type.startsWith("org.mariadb.") || type.startsWith("com.mysql."));
	}

	@Override
	public Recognition recogniseProduct(Connection connection, String productName) {
		String product = productName.toLowerCase(Locale.ROOT);
		return Recognition.mineIf(product.contains("mysql") || product.contains("mariadb"));
	}

	@Override
	public ScriptSyntax scriptSyntax() {
		return SYNTAX;
	}

	@Override
	public SnapshotCatalog catalog() {
		// made when asked: a start with nothing pending reads no snapshot, so need not load a catalog
		return new MySqlSnapshotCatalog();
	}

	@Override
	public SchemaSynonyms synonyms() {
		return new MySqlSynonyms();
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return false;
	}

	@Override
	public boolean lock(Connection connection, String lockName, Duration timeout) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, lockNameOnServer(lockName));
			statement.setLong(2, Math.max(0, (timeout.toMillis() + 999) / 1000));
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	@Override
	public void unlock(Connection connection, String lockName) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, lockNameOnServer(lockName));
			statement.execute();
		}
	}

	@Override
	public @Nullable String currentSchema(Connection connection) throws SQLException {
		return connection.getCatalog();
	}

	@Override
	public void useSchema(Connection connection, String schema) throws SQLException {
		connection.setCatalog(schema);
	}

	/** MariaDB's driver logs each failed query as a warning. */
	@Override
	public boolean checksTablesBeforeQuerying() {
		return true;
	}

	/** MySQL and MariaDB end a syntax error's message with the line of the statement it is on. */
	@Override
	public int errorLineOffset(SQLException error, String statement) {
		Matcher line = ERROR_LINE.matcher(String.valueOf(error.getMessage()));
		return line.find() ? Integer.parseInt(line.group(1)) - 1 : -1;
	}

	@Override
	public boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (ResultSet catalogs = connection.getMetaData().getCatalogs()) {
			while (catalogs.next()) {
				if (schema.equalsIgnoreCase(catalogs.getString("TABLE_CAT"))) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public void createSchema(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + quote(schema));
		}
	}

	@Override
	public void dropSchema(Connection connection, String schema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE " + quote(schema));
		}
	}

	/** MySQL reads a backslash in a string as an escape unless NO_BACKSLASH_ESCAPES is set. */
	@Override
	public String literal(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	@Override
	public String quote(String identifier) {
		return '`' + identifier.replace("`", "``") + '`';
	}

	@Override
	public String textType() {
		return "LONGTEXT";
	}

	@Override
	public String timestampType() {
		return "DATETIME(3)";
	}

	@Override
	public String identityColumn() {
		return "BIGINT AUTO_INCREMENT PRIMARY KEY";
	}

	/** Lock names are server-wide and at most 64 characters long. */
	private static String lockNameOnServer(String lockName) {
		return "migrate_" + Long.toHexString(LockKeys.key64(lockName));
	}

	@Override
	public DdlRenderer ddl() {
		return new MySqlDdlRenderer();
	}

	@Override
	public String toString() {
		return name();
	}

}

package dev.migrate.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.core.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * The version table, SQLAlchemy-Migrate's {@code migrate_version}: one row per repository with the
 * version the database is at. Kept as SQLAlchemy-Migrate defines it, so that a database it managed is
 * taken over as it is.
 */
final class VersionTable {

	/** The columns SQLAlchemy-Migrate's table has, and ours. */
	private static final List<String> COLUMNS = List.of("repository_id", "repository_path", "version");

	private final Connection connection;

	private final Dialect dialect;

	private final String name;

	VersionTable(Connection connection, Dialect dialect, String name) {
		this.connection = connection;
		this.dialect = dialect;
		this.name = name;
	}

	String name() {
		return this.name;
	}

	/** The repository's version, or null when the table or the repository's row does not exist. */
	@Nullable Integer read(String repositoryId) throws SQLException {
		try {
			return query(repositoryId);
		}
		catch (SQLException ex) {
			if (!this.connection.getAutoCommit()) {
				throw ex;
			}
			// Either the table is missing, or another instance created it since the query failed.
			if (!exists()) {
				return null;
			}
			try {
				return query(repositoryId);
			}
			catch (SQLException again) {
				Tables.requireShape(this.connection, this.dialect, this.name, COLUMNS, "migrate.version-table");
				throw again;
			}
		}
	}

	private @Nullable Integer query(String repositoryId) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT version FROM " + this.name + " WHERE repository_id = ?")) {
			statement.setString(1, repositoryId);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getInt(1) : null;
			}
		}
	}

	boolean exists() throws SQLException {
		return Tables.exists(this.connection, this.dialect, this.name);
	}

	void create() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(createSql());
		}
	}

	/** The statement that creates the table. */
	String createSql() {
		return "CREATE TABLE " + this.name + " (repository_id VARCHAR(250) NOT NULL PRIMARY KEY, repository_path "
				+ this.dialect.textType() + ", version INTEGER)";
	}

	void insert(String repositoryId, String repositoryPath, int version) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(
				"INSERT INTO " + this.name + " (repository_id, repository_path, version) VALUES (?, ?, ?)")) {
			statement.setString(1, repositoryId);
			statement.setString(2, repositoryPath);
			statement.setInt(3, version);
			statement.executeUpdate();
		}
	}

	/** The statement that adds the repository's row, its values written out, for a dry run. */
	String insertSqlText(String repositoryId, String repositoryPath, int version) {
		return "INSERT INTO " + this.name + " (repository_id, repository_path, version) VALUES ("
				+ this.dialect.literal(repositoryId) + ", " + this.dialect.literal(repositoryPath) + ", " + version + ")";
	}

	/** The statement that moves the repository's row to a version, for a dry run. */
	String updateSqlText(String repositoryId, int version) {
		return "UPDATE " + this.name + " SET version = " + version + " WHERE repository_id = "
				+ this.dialect.literal(repositoryId);
	}

	void update(String repositoryId, int version) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("UPDATE " + this.name + " SET version = ? WHERE repository_id = ?")) {
			statement.setInt(1, version);
			statement.setString(2, repositoryId);
			if (statement.executeUpdate() != 1) {
				throw new SQLException("The row of repository '" + repositoryId + "' in " + this.name + " is gone");
			}
		}
	}

	void delete(String repositoryId) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("DELETE FROM " + this.name + " WHERE repository_id = ?")) {
			statement.setString(1, repositoryId);
			statement.executeUpdate();
		}
	}

	int count() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + this.name)) {
			result.next();
			return result.getInt(1);
		}
	}

	void drop() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("DROP TABLE " + this.name);
		}
	}

}

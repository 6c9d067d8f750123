package dev.migrate.maven;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.datasource.AbstractDataSource;

/** The DataSource of a goal that writes files only: it never connects. */
final class UnusedDataSource extends AbstractDataSource {

	@Override
	public Connection getConnection() throws SQLException {
		throw new SQLException("This goal does not use the database");
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

}

package dev.migrate.maven;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.migrate.core.JdbcUrls;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A DataSource whose connection failures name the URL without credentials, in one line. */
final class ReportingDataSource extends DelegatingDataSource {

	private final String safeUrl;

	ReportingDataSource(DataSource target, String url) {
		super(target);
		this.safeUrl = JdbcUrls.withoutCredentials(url);
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return super.getConnection();
		}
		catch (SQLException ex) {
			throw new ConnectionFailedException(this.safeUrl, ex);
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		try {
			return super.getConnection(username, password);
		}
		catch (SQLException ex) {
			throw new ConnectionFailedException(this.safeUrl, ex);
		}
	}

}

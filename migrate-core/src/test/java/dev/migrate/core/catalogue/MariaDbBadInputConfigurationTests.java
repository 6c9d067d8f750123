package dev.migrate.core.catalogue;

import java.sql.DriverManager;
import java.sql.SQLException;

import dev.migrate.core.Migrate;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MariaDbBadInputConfigurationTests extends BadInputConfigurationTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.MARIADB;
	}

	@Test
	void aWrongPasswordIsReportedWithTheUrlAndNeverThePassword() throws SQLException {
		String user = "catalogue_" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
		this.database.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-one'");
		try {
			String url = this.database.url() + (this.database.url().contains("?") ? "&" : "?") + "password=s3cret";
			SimpleDriverDataSource wrong = new SimpleDriverDataSource(DriverManager.getDriver(url), url, user, "s3cret");
			assertConnectionFails(new Migrate(config().dataSource(wrong).build()), "s3cret")
				.withMessageStartingWith("Could not connect to " + url.replace("password=s3cret", "password=***") + ": ")
				.withMessageContaining("Access denied for user '" + user + "'@")
				.withMessageEndingWith("(using password: YES). Check that the database runs and accepts connections from "
						+ "here, and its URL, user and password. Nothing was run.");
		}
		finally {
			this.database.execute("DROP USER '" + user + "'@'%'");
		}
	}

}

package dev.migrate.core.catalogue;

import java.sql.DriverManager;
import java.sql.SQLException;

import dev.migrate.core.Migrate;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class PostgresBadInputConfigurationTests extends BadInputConfigurationTests {

	@Override
	protected TestDatabase.Kind kind() {
		return TestDatabase.Kind.POSTGRESQL;
	}

	@Test
	void anUnreachableDatabaseIsReportedWithItsUrlAndNeverItsPassword() throws SQLException {
		String url = "jdbc:postgresql://127.0.0.1:1/test?password=s3cret&connectTimeout=2";
		SimpleDriverDataSource unreachable = new SimpleDriverDataSource(DriverManager.getDriver(url), url);
		assertConnectionFails(new Migrate(config().dataSource(unreachable).build()), "s3cret").withMessage("""
				Could not connect to jdbc:postgresql://127.0.0.1:1/test?password=***&connectTimeout=2: Connection to \
				127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is accepting \
				TCP/IP connections. Check that the database runs and accepts connections from here, and its URL, user \
				and password. Nothing was run.""");
	}

}

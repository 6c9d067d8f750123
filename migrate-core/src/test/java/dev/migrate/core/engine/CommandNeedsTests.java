package dev.migrate.core.engine;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.core.Migrate;
import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.testing.RepositoryCase;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A command opens its session with no more than it needs: the db version, which the metrics gauge reads
 * on every scrape, neither loads the repository nor reads the history.
 */
class CommandNeedsTests extends RepositoryCase {

	@Override
	protected TestDatabase createDatabase() {
		return H2ContractTests.database(getClass());
	}

	@Test
	void theDbVersionDoesNotLoadTheRepository() {
		this.folder.tables(2);
		migrate().upgrade();
		this.folder.file("versions/003_no_dialect_upgrade.sql", "CREATE TABLE t3 (id INTEGER);");
		assertThat(migrate().dbVersion()).isEqualTo(2);
		assertThatExceptionOfType(RepositoryLoadException.class).isThrownBy(() -> migrate().status())
			.withMessageContaining("003_no_dialect_upgrade.sql");
	}

	@Test
	void theDbVersionRunsOneStatement() {
		this.folder.tables(2);
		migrate().upgrade();
		List<String> statements = new ArrayList<>();
		Migrate counted = new Migrate(config().dataSource(counting(this.database.dataSource(), statements)).build());
		assertThat(counted.dbVersion()).isEqualTo(2);
		assertThat(statements).singleElement().asString().contains("SELECT").doesNotContain("migrate_history");
	}

	/** A DataSource whose connections note the SQL of every statement they prepare or create. */
	private static DataSource counting(DataSource target, List<String> statements) {
		return new DataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				return counting(target.getConnection(), statements);
			}

			@Override
			public Connection getConnection(String user, String password) throws SQLException {
				return counting(target.getConnection(user, password), statements);
			}

			@Override
			public PrintWriter getLogWriter() throws SQLException {
				return target.getLogWriter();
			}

			@Override
			public void setLogWriter(PrintWriter out) throws SQLException {
				target.setLogWriter(out);
			}

			@Override
			public void setLoginTimeout(int seconds) throws SQLException {
				target.setLoginTimeout(seconds);
			}

			@Override
			public int getLoginTimeout() throws SQLException {
				return target.getLoginTimeout();
			}

			@Override
			public Logger getParentLogger() {
				return Logger.getGlobal();
			}

			@Override
			public <T> T unwrap(Class<T> type) throws SQLException {
				return target.unwrap(type);
			}

			@Override
			public boolean isWrapperFor(Class<?> type) throws SQLException {
				return target.isWrapperFor(type);
			}

		};
	}

	private static Connection counting(Connection connection, List<String> statements) {
		return (Connection) Proxy.newProxyInstance(CommandNeedsTests.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("prepareStatement")) {
						statements.add(String.valueOf(arguments[0]));
					}
					else if (method.getName().equals("createStatement")) {
						statements.add("SELECT (a statement created for SQL not known yet)");
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}

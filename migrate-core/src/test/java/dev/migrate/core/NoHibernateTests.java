package dev.migrate.core;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.migrate.core.contract.H2ContractTests;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.testing.ScriptFolder;
import dev.migrate.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Hibernate is an optional dependency of the core: the engine, loaded where neither Hibernate nor JPA is,
 * migrates, round-trips, reports and validates; the model diff alone says that it needs Hibernate.
 */
class NoHibernateTests {

	@TempDir
	Path root;

	@Test
	void theEngineRunsWithoutHibernateAndTheModelDiffSaysItNeedsIt() throws Exception {
		ScriptFolder folder = new ScriptFolder(this.root).tables(2);
		try (TestDatabase database = H2ContractTests.database(NoHibernateTests.class)) {
			ClassLoader withoutHibernate = new WithoutHibernate(NoHibernateTests.class.getClassLoader());
			Class<?> commands = withoutHibernate.loadClass(Commands.class.getName());
			assertThat(commands.getClassLoader()).isSameAs(withoutHibernate);
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> withoutHibernate.loadClass("org.hibernate.boot.Metadata"));
			assertThat(commands.getMethod("upgradeAndTest", String.class, String.class)
				.invoke(null, database.url(), folder.location())).isEqualTo(2);
			assertThatExceptionOfType(InvocationTargetException.class)
				.isThrownBy(() -> commands.getMethod("model").invoke(null))
				.satisfies((ex) -> assertThat(ex.getCause().getClass().getName()).isEqualTo(MigrateException.class.getName()))
				.satisfies((ex) -> assertThat(ex.getCause().getMessage())
					.startsWith("The JPA model diff needs Hibernate ORM on the class path"));
		}
	}

	/** What runs inside the class loader without Hibernate: public, for reflection across loaders. */
	public static final class Commands {

		private Commands() {
		}

		/** Upgrades, round-trips, reports and validates; the db version after it. */
		public static int upgradeAndTest(String url, String location) throws SQLException {
			Migrate migrate = new Migrate(MigrateConfig.builder()
				.dataSource(new SimpleDriverDataSource(DriverManager.getDriver(url), url, "sa", ""))
				.location(location)
				.javaPackage("")
				.build());
			migrate.upgrade();
			migrate.test();
			migrate.status();
			migrate.validate();
			return migrate.dbVersion();
		}

		/** A JPA model, which needs Hibernate. */
		public static Object model() {
			return JpaModel.entities(Commands.class.getClassLoader(), List.of("dev.migrate.core.model.blog.base"), Map.of());
		}

	}

	/**
	 * Loads Migrate's own classes itself, from the class files of its parent, and hides Hibernate and JPA:
	 * what an application without them gives the engine.
	 */
	private static final class WithoutHibernate extends ClassLoader {

		private static final List<String> HIDDEN = List.of("org.hibernate.", "jakarta.persistence.");

		WithoutHibernate(ClassLoader parent) {
			super(parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (HIDDEN.stream().anyMatch(name::startsWith)) {
				throw new ClassNotFoundException(name + " (hidden by the test)");
			}
			if (!name.startsWith("dev.migrate.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try (InputStream bytes = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
						if (bytes == null) {
							throw new ClassNotFoundException(name);
						}
						byte[] code = bytes.readAllBytes();
						loaded = defineClass(name, code, 0, code.length);
					}
					catch (IOException ex) {
						throw new ClassNotFoundException(name, ex);
					}
				}
				return loaded;
			}
		}

	}

}

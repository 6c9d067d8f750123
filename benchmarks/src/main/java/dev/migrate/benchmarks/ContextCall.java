package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.context.ContextApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application start in a fresh JVM with one tool (or {@code none}), its repository already
 * applied. Prints {@code elapsed_ms=<ms>}: the time of {@code SpringApplication.run}. Hibernate builds an
 * EntityManagerFactory for the application's two entities only with {@code migrate_jpa_off} and
 * {@code migrate_jpa_warn} (Migrate with {@code migrate.model-check} off or warn); the other tools start
 * without JPA, as they always did.
 *
 * <p>Arguments: tool (migrate, migrate_jpa_off, migrate_jpa_warn, flyway, liquibase or none), files folder,
 * JDBC URL.
 */
public final class ContextCall {

	private ContextCall() {
	}

	public static void main(String[] args) {
		String tool = args[0].toLowerCase(Locale.ROOT);
		Path files = Path.of(args[1]).toAbsolutePath();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.datasource.url", args[2]);
		properties.put("spring.flyway.enabled", tool.equals("flyway"));
		properties.put("spring.flyway.locations", "filesystem:" + files.resolve("flyway"));
		properties.put("spring.liquibase.enabled", tool.equals("liquibase"));
		properties.put("spring.liquibase.change-log", "file:" + files.resolve("liquibase/changelog.sql"));
		boolean jpa = tool.startsWith("migrate_jpa_");
		properties.put("migrate.enabled", tool.equals("migrate") || jpa);
		if (jpa) {
			properties.put("migrate.model-check", tool.substring("migrate_jpa_".length()));
		}
		else {
			properties.put("spring.autoconfigure.exclude",
					"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration");
		}
		properties.put("migrate.location", "file:" + files.resolve("migrate"));
		properties.put("migrate.java-package", "");
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(ContextApplication.class);
		application.setDefaultProperties(properties);
		try (ConfigurableApplicationContext context = application.run()) {
			long elapsed = System.nanoTime() - start;
			System.out.println("elapsed_ms=" + String.format(Locale.ROOT, "%.3f", elapsed / 1_000_000.0));
		}
	}

}

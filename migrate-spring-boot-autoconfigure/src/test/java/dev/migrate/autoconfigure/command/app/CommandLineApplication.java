package dev.migrate.autoconfigure.command.app;

import dev.migrate.autoconfigure.entities.Page;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * The application that {@code MigrateCommandLineTests} starts in a JVM of its own, as {@code java -jar}
 * would: a web server, JPA entities validated by Hibernate, and a runner that says when the application
 * started.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Page.class)
public class CommandLineApplication {

	/** What the runner prints once the application started. */
	public static final String STARTED = "COMMAND-LINE-APPLICATION-STARTED";

	@Bean
	CommandLineRunner started() {
		return (args) -> System.out.println(STARTED);
	}

	public static void main(String[] args) {
		SpringApplication.run(CommandLineApplication.class, args);
	}

}

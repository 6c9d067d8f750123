package dev.migrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.autoconfigure.command.MigrateCommand;
import dev.migrate.core.AlreadyUnderVersionControlException;
import dev.migrate.core.ChangesetFailedException;
import dev.migrate.core.ChecksumMismatchException;
import dev.migrate.core.DatabaseNewerException;
import dev.migrate.core.DowngradeNotRecordedException;
import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.IrreversibleChangesetException;
import dev.migrate.core.LockTimeoutException;
import dev.migrate.core.Migrate;
import dev.migrate.core.MigrateConfig;
import dev.migrate.core.NonEmptySchemaException;
import dev.migrate.core.NotUnderVersionControlException;
import dev.migrate.core.ValidationResult.ChecksumMismatch;
import dev.migrate.core.repository.Direction;
import dev.migrate.core.contract.PostgresContractTests;
import dev.migrate.core.testing.TestDatabase;
import dev.migrate.core.testing.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that a message or a failure report advises exists and runs, in both forms it names: the
 * Maven goal and the application jar's {@code --migrate.command}. The messages are collected from every
 * exception of the engine that advises a command and from every failure analyzer of the starter; a new
 * piece of advice that names nothing, or names a goal this test cannot run, fails it.
 */
class AdviceIT {

	private static final Pattern GOAL = Pattern.compile("mvn migrate:([a-z-]+)((?: -D[a-z.-]+=[^\\s,;)]+)*)");

	private static final Pattern JAR = Pattern.compile("java -jar <app>\\.jar --migrate\\.command=([a-z-]+)");

	/** The advised goals in an order that runs each of them on a database at version 2. */
	private static final List<String> RUN_ORDER = List.of("repair", "downgrade", "drop-version-control",
			"version-control");

	@Test
	void everyAdvisedJarCommandIsACommandOfTheJar() {
		Set<String> commands = new LinkedHashSet<>();
		for (String message : messages()) {
			Matcher jar = JAR.matcher(message);
			while (jar.find()) {
				commands.add(jar.group(1));
			}
		}
		assertThat(commands).contains("repair", "version-control", "downgrade");
		for (String command : commands) {
			assertThat(MigrateCommand.of(command).value()).isEqualTo(command);
		}
	}

	@Test
	void everyAdvisedGoalExistsAndRuns() throws Exception {
		Map<String, String> advised = new java.util.LinkedHashMap<>();
		for (String message : messages()) {
			Matcher goal = GOAL.matcher(message);
			while (goal.find()) {
				advised.putIfAbsent(goal.group(1), goal.group(2).strip());
			}
		}
		assertThat(advised.keySet()).containsExactlyInAnyOrderElementsOf(RUN_ORDER);
		String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
		List<String> arguments = new ArrayList<>();
		for (String goal : RUN_ORDER) {
			assertThat(descriptor).as("the plugin's goals").contains("<goal>" + goal + "</goal>");
			arguments.add("migrate:" + goal);
			for (String property : advised.get(goal).split(" ")) {
				if (!property.isEmpty()) {
					// a version in the advice is the message's own: here the database's versions are 0 to 2
					arguments.add(property.replaceFirst("=.*$", "=" + (goal.equals("downgrade") ? "1" : "0")));
				}
			}
		}
		try (TestDatabase database = PostgresContractTests.database(AdviceIT.class)) {
			Path project = ItProject.copy("postgresql-project");
			Path versions = Files.createDirectories(project.resolve("src/main/resources/db/migrate/versions"));
			for (int version = 1; version <= 2; version++) {
				Files.writeString(versions.resolve("00" + version + "_create_t" + version + "_default_upgrade.sql"),
						"CREATE TABLE t" + version + " (id INT);\n");
				Files.writeString(versions.resolve("00" + version + "_create_t" + version + "_default_downgrade.sql"),
						"DROP TABLE t" + version + ";\n");
			}
			new Migrate(MigrateConfig.builder()
				.dataSource(database.dataSource())
				.location("file:" + project.resolve("src/main/resources/db/migrate"))
				.javaPackage("")
				.lockTimeout(Duration.ofSeconds(10))
				.build()).upgrade();
			TestServers.Server server = TestServers.postgresql();
			arguments.add("-Dmigrate.url=" + server.url());
			arguments.add("-Dmigrate.user=" + server.user());
			arguments.add("-Dmigrate.password=" + server.password());
			arguments.add("-Dmigrate.schema=" + database.schema());
			MavenRun.Result run = MavenRun.run(project, Map.of(), arguments.toArray(String[]::new));
			assertThat(run.exitCode()).as(run.toString()).isZero();
			assertThat(run.output()).contains("Downgraded repository 'migrate' from version 2 to 1")
				.contains("BUILD SUCCESS");
			assertThat(database.query("SELECT version FROM migrate_version")).containsExactly("0");
		}
	}

	/** Every message and failure report that may advise a command. */
	private static List<String> messages() {
		List<RuntimeException> failures = List.of(new DirtyRepositoryException("cms", 3, Direction.UPGRADE, "add tags"),
				new ChecksumMismatchException(List.of(new ChecksumMismatch(2, "002_x_default_upgrade.sql", "a", "b"))),
				new NotUnderVersionControlException("cms", "migrate_version"),
				new NonEmptySchemaException("cms", "public", List.of("page"), 0),
				new DatabaseNewerException("cms", 5, 3), new AlreadyUnderVersionControlException("cms", 2),
				new DowngradeNotRecordedException("cms", 5, 3,
						List.of(new DowngradeNotRecordedException.Gap(5, "add tags", "its upgrade is marked irreversible"))),
				new ChangesetFailedException(3, Direction.UPGRADE, "003_x_default_upgrade.sql", 1, "SELECT 1", "boom",
						true, null),
				new ChangesetFailedException(3, Direction.UPGRADE, "003_x_default_upgrade.sql", 1, "SELECT 1", "boom",
						false, null),
				new IrreversibleChangesetException(3, "003_x_default_upgrade.sql", 1),
				new LockTimeoutException("cms", Duration.ofSeconds(60)));
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(AdviceIT.class.getClassLoader())
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new StandardEnvironment()),
					SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
					}))
			.stream()
			.filter((analyzer) -> analyzer.getClass().getName().startsWith("dev.migrate."))
			.toList();
		assertThat(analyzers).as("the starter's failure analyzers").hasSizeGreaterThan(5);
		List<String> messages = new ArrayList<>();
		for (RuntimeException failure : failures) {
			messages.add(failure.getMessage());
			for (FailureAnalyzer analyzer : analyzers) {
				FailureAnalysis analysis = analyzer.analyze(failure);
				if (analysis != null) {
					messages.add(analysis.getDescription());
					messages.add(analysis.getAction());
				}
			}
		}
		return messages;
	}

}

package dev.migrate.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn} run on a small project, in a process of its own. Its local repository is the
 * build's own, where maven-invoker-plugin's {@code install} put this plugin and the modules it needs
 * (the machine's shared local repository holds whatever snapshot another build installed last);
 * everything else comes from the shared local repository through a {@code file:} mirror, so nothing
 * is downloaded.
 */
final class MavenRun {

	private MavenRun() {
	}

	/** What a run printed, and how it ended. */
	record Result(int exitCode, String output) {

		/** The lines Maven logged at ERROR. */
		List<String> errors() {
			return this.output.lines().filter((line) -> line.startsWith("[ERROR]")).toList();
		}

		@Override
		public String toString() {
			return "exit code " + this.exitCode + "\n" + this.output;
		}

	}

	/**
	 * Runs {@code mvn -B -o} with the given arguments in {@code project}.
	 * @param project the project's folder
	 * @param environment variables to set (or override) for the run
	 * @param arguments goals and {@code -D} properties
	 * @return the exit code and the output (stdout and stderr)
	 */
	static Result run(Path project, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn").toString());
		command.add("-B");
		command.add("-s");
		command.add(settings().toString());
		command.add("-Dmaven.repo.local=" + repository());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("MIGRATE_") || name.startsWith("SPRING_"));
		env.put("MAVEN_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
		env.putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("mvn " + String.join(" ", arguments) + " did not finish");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static Path repository() {
		return Path.of(System.getProperty("migrate.it.repository", "target/it-repository")).toAbsolutePath();
	}

	/** Settings whose one mirror, for every repository, is the machine's shared local repository. */
	private static synchronized Path settings() throws IOException {
		Path settings = repository().resolveSibling("it-settings.xml");
		if (!Files.exists(settings)) {
			Path shared = Path.of(System.getProperty("migrate.it.shared-repository",
					Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
			Files.writeString(settings, """
					<settings>
					  <mirrors>
					    <mirror>
					      <id>shared-local-repository</id>
					      <mirrorOf>*</mirrorOf>
					      <url>%s</url>
					    </mirror>
					  </mirrors>
					</settings>
					""".formatted(shared.toUri()));
		}
		return settings;
	}

}

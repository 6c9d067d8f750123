package dev.migrate.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn} run on a small project, in a process of its own, offline: every plugin it needs
 * is in the local repository, this one installed there by maven-invoker-plugin's {@code install}.
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
		command.add("-o");
		String localRepository = System.getProperty("maven.repo.local");
		if (localRepository != null && !localRepository.isBlank()) {
			command.add("-Dmaven.repo.local=" + localRepository);
		}
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

}

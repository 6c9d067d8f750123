package dev.migrate.core;

/**
 * The commands that messages advise, written in the two forms a user has: the Maven goal, for a developer
 * in the project, and the application jar's command line, for an operator on a host that has the jar
 * only. Every message that tells a user to run a command names it through here, so that each form it
 * names exists: a test runs them.
 */
public final class Advice {

	private Advice() {
	}

	/** {@code repair (mvn migrate:repair, or java -jar <app>.jar --migrate.command=repair)}. */
	public static String repair() {
		return both("repair", "", "");
	}

	/** Putting the database under version control at a version, in both forms. */
	public static String versionControl(int version) {
		return both("version-control", " -Dmigrate.version=" + version, " --migrate.target=" + version);
	}

	/** Putting the database under version control at the version its schema is at, in both forms. */
	public static String versionControl() {
		return both("version-control", " -Dmigrate.version=<n>", " --migrate.target=<n>");
	}

	/** An upgrade to the latest version, in both forms. */
	public static String upgrade() {
		return both("upgrade", "", "");
	}

	/** A downgrade to a version, in both forms. */
	public static String downgrade(int version) {
		return both("downgrade", " -Dmigrate.target=" + version, " --migrate.target=" + version);
	}

	/** Removing the repository's version control, which has a Maven goal only. */
	public static String dropVersionControl() {
		return "drop-version-control (mvn migrate:drop-version-control)";
	}

	private static String both(String command, String goalArguments, String jarArguments) {
		return command + " (mvn migrate:" + command + goalArguments + ", or java -jar <app>.jar --migrate.command="
				+ command + jarArguments + ")";
	}

}

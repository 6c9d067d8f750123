package dev.migrate.core.repository;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.migrate.core.dialect.Dialects;
import org.jspecify.annotations.Nullable;

/**
 * Groups the files of {@code versions/} by version, and pairs each version's upgrade and downgrade
 * script for a dialect: a dialect's own script wins over the {@code default} one. A misnamed file, a
 * script for no known dialect and a second script of one dialect and direction are reported, in file
 * name order; the folder itself is not sorted, since for thousands of scripts that costs more than all
 * the rest of reading them.
 */
final class SqlVersions {

	private SqlVersions() {
	}

	/**
	 * The versions of the scripts of a folder, in version order, each with its scripts in name order. A
	 * subfolder is ignored; one named like a script is found out when it is read.
	 * @param entries the files of {@code versions/}, in no particular order
	 * @param problems where problems go
	 */
	static List<SqlVersion> group(List<FolderEntry> entries, List<String> problems) {
		SqlVersion[] byVersion = new SqlVersion[entries.size() + 1];
		Map<Integer, SqlVersion> beyond = new TreeMap<>();
		List<FileProblem> fileProblems = new ArrayList<>();
		for (FolderEntry entry : entries) {
			String fileName = entry.name();
			ScriptName name = ScriptName.parse(fileName);
			if (name == null) {
				if ((!ScriptName.isIgnored(fileName) || ScriptName.looksLikeChangeset(fileName)) && !entry.isFolder()) {
					fileProblems.add(new FileProblem(fileName, misnamed(fileName)));
				}
				continue;
			}
			if (!ScriptName.isKnownDialect(name.dialect())) {
				fileProblems.add(new FileProblem(fileName, fileName + " names no known dialect: '" + name.dialect()
						+ "' is not one of default, " + String.join(", ", Dialects.names()) + ". Name it "
						+ ScriptName.suggestedName(fileName) + " if it is for every database"));
				continue;
			}
			version(name.version(), byVersion, beyond).add(name, entry);
		}
		List<SqlVersion> versions = new ArrayList<>();
		for (SqlVersion version : byVersion) {
			if (version != null) {
				versions.add(version);
			}
		}
		versions.addAll(beyond.values());
		for (SqlVersion version : versions) {
			version.dropTwins(fileProblems);
		}
		if (!fileProblems.isEmpty()) {
			Collections.sort(fileProblems);
			for (FileProblem problem : fileProblems) {
				problems.add(problem.message());
			}
		}
		return versions;
	}

	/**
	 * A version's scripts. Versions run from 0 without gaps, so none is above the number of files: an
	 * array indexed by version holds them, and a map any beyond, which make gaps.
	 */
	private static SqlVersion version(int version, SqlVersion[] byVersion, Map<Integer, SqlVersion> beyond) {
		if (version >= byVersion.length) {
			return beyond.computeIfAbsent(version, SqlVersion::new);
		}
		if (byVersion[version] == null) {
			byVersion[version] = new SqlVersion(version);
		}
		return byVersion[version];
	}

	private static String misnamed(String fileName) {
		if (ScriptName.isPython(fileName)) {
			return fileName + " is a Python script, which cannot run on the JVM: port it to SQL "
					+ "(NNN_description_default_upgrade.sql and _downgrade.sql) or to a Java changeset";
		}
		String layout = " does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql";
		String suggested = ScriptName.looksLikeChangeset(fileName) ? ScriptName.suggestedName(fileName) : null;
		if (suggested == null) {
			String dump = ScriptName.looksLikeChangeset(fileName) ? "; if it is the schema as first deployed, it is the "
					+ "baseline: 000_baseline_default_upgrade.sql" : "";
			return fileName + layout + " (a number of at least three digits, e.g. 001_add_ctime_default_upgrade.sql)"
					+ dump;
		}
		String pair = suggested.endsWith("_upgrade.sql")
				? suggested.substring(0, suggested.length() - "_upgrade.sql".length()) + "_downgrade.sql"
				: suggested.substring(0, suggested.length() - "_downgrade.sql".length()) + "_upgrade.sql";
		String flyway = (fileName.startsWith("V") || fileName.startsWith("U")) ? " (it is named as a Flyway migration)"
				: "";
		return fileName + layout + flyway + ": name it " + suggested + ", beside " + pair;
	}

	/** A hint for directives that are not ones, a misspelled {@code irreversible} above all. */
	private static String unknownDirectives(SqlScript script) {
		List<String> unknown = script.unknownDirectives();
		return unknown.isEmpty() ? "" : " (its '-- migrate:" + String.join("', '-- migrate:", unknown)
				+ "' is not a directive: the directives are -- migrate:irreversible and -- migrate:no-transaction)";
	}

	/** A problem of one file; they are reported in file name order. */
	private record FileProblem(String fileName, String message) implements Comparable<FileProblem> {

		@Override
		public int compareTo(FileProblem other) {
			return this.fileName.compareTo(other.fileName);
		}

	}

	/**
	 * The SQL scripts found for one version, in name order, before one per direction is chosen for the
	 * dialect. A version has two or a few, so lists do.
	 */
	static final class SqlVersion implements Comparable<SqlVersion> {

		private final int version;

		private final List<ScriptName> names = new ArrayList<>(2);

		private final List<FolderEntry> files = new ArrayList<>(2);

		SqlVersion(int version) {
			this.version = version;
		}

		/** The version number. */
		int version() {
			return this.version;
		}

		/** Adds a script in name order. */
		void add(ScriptName name, FolderEntry file) {
			int at = this.names.size();
			while (at > 0 && this.names.get(at - 1).fileName().compareTo(name.fileName()) > 0) {
				at--;
			}
			this.names.add(at, name);
			this.files.add(at, file);
		}

		/** Keeps the first script by name of each dialect and direction, and reports the others. */
		void dropTwins(List<FileProblem> problems) {
			for (int i = 1; i < this.names.size(); i++) {
				ScriptName name = this.names.get(i);
				int first = indexOf(name.dialect(), name.upgrade());
				if (first < i) {
					String message = "version " + this.version + " has two " + name.dialect() + " "
							+ (name.upgrade() ? "upgrade" : "downgrade") + " scripts: " + describe(this.files.get(first))
							+ " and " + describe(this.files.get(i)) + ": keep one of them";
					problems.add(new FileProblem(name.fileName(), message));
					this.names.remove(i);
					this.files.remove(i);
					i--;
				}
			}
		}

		private int indexOf(String dialect, boolean upgrade) {
			for (int i = 0; i < this.names.size(); i++) {
				ScriptName name = this.names.get(i);
				if (name.upgrade() == upgrade && name.dialect().equals(dialect)) {
					return i;
				}
			}
			return -1;
		}

		private int chosen(String dialect, boolean upgrade) {
			int index = indexOf(dialect, upgrade);
			return (index >= 0) ? index : indexOf(ScriptName.DEFAULT_DIALECT, upgrade);
		}

		private static String describe(FolderEntry file) {
			return file.name() + " (" + file.where() + ")";
		}

		/** The upgrade scripts' names, then the downgrade scripts'. */
		List<String> fileNames() {
			List<String> names = fileNames(true);
			names.addAll(fileNames(false));
			return names;
		}

		private List<String> fileNames(boolean upgrade) {
			List<String> fileNames = new ArrayList<>();
			for (ScriptName name : this.names) {
				if (name.upgrade() == upgrade) {
					fileNames.add(name.fileName());
				}
			}
			return fileNames;
		}

		private SqlScript script(int index, Charset encoding) {
			FolderEntry file = this.files.get(index);
			return new SqlScript(file.name(), file, encoding);
		}

		/** The changeset of the scripts chosen for a dialect; null, with the problem reported, when they make none. */
		@Nullable SqlChangeset changeset(String dialect, Charset encoding, List<String> problems) {
			int upgrade = chosen(dialect, true);
			int downgrade = chosen(dialect, false);
			if (upgrade < 0) {
				problems.add("version " + this.version + " has no upgrade script for " + dialect + " or default (found: "
						+ String.join(", ", fileNames()) + ")");
				return null;
			}
			SqlScript upgradeScript = script(upgrade, encoding);
			String description = this.names.get(upgrade).description();
			if (this.version == 0) {
				List<String> downgrades = fileNames(false);
				if (!downgrades.isEmpty()) {
					problems.add("version 0 is the baseline and has no downgrade: remove "
							+ String.join(", ", downgrades));
				}
				return new SqlChangeset(0, description, upgradeScript, null);
			}
			if (downgrade < 0) {
				return irreversible(upgradeScript, description, problems);
			}
			return new SqlChangeset(this.version, description, upgradeScript, script(downgrade, encoding));
		}

		@Override
		public int compareTo(SqlVersion other) {
			return Integer.compare(this.version, other.version);
		}

		/** The changeset of an upgrade without a downgrade, which its first lines must mark irreversible. */
		private @Nullable SqlChangeset irreversible(SqlScript upgrade, String description, List<String> problems) {
			try {
				if (upgrade.directives().contains(SqlChangeset.IRREVERSIBLE)) {
					return new SqlChangeset(this.version, description, upgrade, null);
				}
			}
			catch (UncheckedIOException ex) {
				problems.add(ex.getMessage());
				return null;
			}
			problems.add(upgrade.fileName() + " (version " + this.version + ") has no downgrade script: add "
					+ upgrade.fileName().replace("_upgrade.sql", "_downgrade.sql")
					+ ", or mark the upgrade irreversible with a first line '-- migrate:irreversible'"
					+ unknownDirectives(upgrade));
			return null;
		}

	}

}

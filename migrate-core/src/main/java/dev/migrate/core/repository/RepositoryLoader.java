package dev.migrate.core.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.repository.SqlVersions.SqlVersion;
import org.jspecify.annotations.Nullable;

/**
 * Loads a repository for one dialect: {@code migrate.cfg}, the numbered SQL scripts of
 * {@code versions/}, the Java changesets of a package and those handed in. Every problem is collected
 * and reported at once, naming its files, in a {@link RepositoryLoadException}. It puts the parts
 * together: {@link Folders} finds and lists the location, {@link SqlVersions} pairs the scripts of each
 * version, {@link JavaChangesets} finds the Java changesets and {@link DerivedDowngrades} checks those
 * whose downgrade is derived; what is left here is what needs them all: twins across SQL and Java, gaps,
 * and an empty repository.
 */
public final class RepositoryLoader {

	private final String location;

	private final String dialect;

	private final String javaPackage;

	private final List<JavaChangeset> javaChangesets;

	private final @Nullable ClassLoader classLoader;

	private final boolean emptyAllowed;

	private final Charset encoding;

	private final List<String> settingsProblems = new ArrayList<>();

	private volatile @Nullable RepositorySettings settings;

	/**
	 * A loader.
	 * @param location {@code classpath:...}, {@code file:...} or a file path
	 * @param dialect the dialect whose scripts win over {@code default} ones, and whose DDL records the
	 * changes of a {@link ReversibleChangeset} to check that its downgrade can be derived
	 * @param javaPackage the package to find Java changeset classes in; empty for none
	 * @param javaChangesets Java changesets handed in as instances
	 * @param classLoader the class loader for classpath locations and classes; null for the default
	 */
	public RepositoryLoader(String location, String dialect, String javaPackage, List<JavaChangeset> javaChangesets,
			@Nullable ClassLoader classLoader) {
		this(location, dialect, javaPackage, javaChangesets, classLoader, false, StandardCharsets.UTF_8);
	}

	/**
	 * A loader.
	 * @param location {@code classpath:...}, {@code file:...} or a file path
	 * @param dialect the dialect whose scripts win over {@code default} ones, and whose DDL records the
	 * changes of a {@link ReversibleChangeset} to check that its downgrade can be derived
	 * @param javaPackage the package to find Java changeset classes in; empty for none
	 * @param javaChangesets Java changesets handed in as instances
	 * @param classLoader the class loader for classpath locations and classes; null for the default
	 * @param emptyAllowed whether a repository without changesets loads; else it is reported, with the location
	 * @param encoding the charset of the SQL scripts
	 */
	public RepositoryLoader(String location, String dialect, String javaPackage, List<JavaChangeset> javaChangesets,
			@Nullable ClassLoader classLoader, boolean emptyAllowed, Charset encoding) {
		this.emptyAllowed = emptyAllowed;
		this.encoding = encoding;
		this.location = location;
		this.dialect = dialect;
		this.javaPackage = javaPackage;
		this.javaChangesets = List.copyOf(javaChangesets);
		this.classLoader = classLoader;
	}

	/**
	 * The settings of the repository's {@code migrate.cfg}, read alone: what names the repository and
	 * its version table before the scripts are read. Problems with the file are reported by {@link #load()}.
	 */
	public RepositorySettings settings() {
		RepositorySettings settings = this.settings;
		if (settings == null) {
			settings = readSettings(this.settingsProblems);
			this.settings = settings;
		}
		return settings;
	}

	/** Loads the repository. */
	public Repository load() {
		List<String> problems = new ArrayList<>();
		RepositorySettings settings = settings();
		problems.addAll(this.settingsProblems);
		List<SqlVersion> sqlVersions = SqlVersions.group(listScripts(problems), problems);
		Map<Integer, JavaBackedChangeset> javaVersions = javaChangesets().read(new DerivedDowngrades(this.dialect),
				problems);
		SqlChangeset baseline = null;
		List<Changeset> changesets = new ArrayList<>(sqlVersions.size() + javaVersions.size());
		for (SqlVersion version : sqlVersions) {
			SqlChangeset changeset = version.changeset(this.dialect, this.encoding, problems);
			if (changeset == null) {
				continue;
			}
			if (version.version() == 0) {
				baseline = changeset;
			}
			else {
				changesets.add(changeset);
			}
		}
		for (JavaBackedChangeset changeset : javaVersions.values()) {
			int sql = Collections.binarySearch(sqlVersions, new SqlVersion(changeset.version()));
			if (sql >= 0) {
				problems.add("version " + changeset.version() + " is both SQL ("
						+ String.join(", ", sqlVersions.get(sql).fileNames()) + ") and Java (" + changeset.source()
						+ "): keep one of them");
			}
			else {
				changesets.add(changeset);
			}
		}
		checkNoGaps(sqlVersions, javaVersions.keySet(), problems);
		if (problems.isEmpty() && changesets.isEmpty() && baseline == null && !this.emptyAllowed) {
			problems.add(empty());
		}
		if (!problems.isEmpty()) {
			throw new RepositoryLoadException(this.location, problems);
		}
		return new Repository(this.location, settings, baseline, inVersionOrder(changesets));
	}

	/**
	 * The highest version number that any script or Java changeset of the repository carries, read from
	 * names only, without checking the repository: where the next new changeset's number comes from.
	 */
	public int highestVersionNumber() {
		int highest = 0;
		for (FolderEntry entry : listScripts(new ArrayList<>())) {
			String name = entry.name();
			if (ScriptName.isNumbered(name)) {
				highest = Math.max(highest, ScriptName.leadingNumber(name));
			}
		}
		for (int version : javaChangesets().read(null, new ArrayList<>()).keySet()) {
			highest = Math.max(highest, version);
		}
		return highest;
	}

	private JavaChangesets javaChangesets() {
		return new JavaChangesets(this.javaPackage, this.javaChangesets, classLoader());
	}

	private RepositorySettings readSettings(List<String> problems) {
		RepositorySettings settings = RepositorySettings.NONE;
		List<String> misplaced = new ArrayList<>();
		try {
			for (FolderEntry entry : Folders.list(Folders.folder(this.location), classLoader())) {
				if (entry.name().equals("migrate.cfg")) {
					settings = RepositorySettings.parse(entry.text());
					if (settings.useTimestampNumbering()) {
						problems.add("migrate.cfg sets use_timestamp_numbering = True: timestamp-numbered versions are not "
								+ "supported; renumber the scripts 001, 002, ... (the version table keeps integers)");
					}
					problems.addAll(settings.problems());
				}
				else if (ScriptName.looksLikeChangeset(entry.name()) && !entry.isFolder()) {
					misplaced.add(entry.name());
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add("the repository at " + this.location + " cannot be read: " + ex.getMessage());
		}
		if (!misplaced.isEmpty()) {
			Collections.sort(misplaced);
			problems.add(String.join(", ", misplaced) + ((misplaced.size() == 1) ? " stands" : " stand") + " beside "
					+ "versions/ in " + this.location + ", where scripts are not read: move "
					+ ((misplaced.size() == 1) ? "it" : "them") + " into " + this.location + "/versions");
		}
		return settings;
	}

	/** The files of {@code versions/}, in no particular order; none when the location is not a folder. */
	private List<FolderEntry> listScripts(List<String> problems) {
		String root = Folders.folder(this.location);
		String folder = root + "/versions";
		try {
			Folders.Kind kind = Folders.kind(root, classLoader());
			if (kind != Folders.Kind.FOLDER) {
				// A classpath folder may be absent where the changesets are all Java ones.
				if (kind == Folders.Kind.FILE || !root.startsWith("classpath:")) {
					problems.add(Folders.describe(this.location, kind) + Folders.hints(this.location)
							+ ((kind == Folders.Kind.MISSING) ? ": set migrate.location to the folder that holds versions/ "
									+ "(classpath:..., file:... or a path)" : ""));
				}
				return List.of();
			}
			return Folders.list(folder, classLoader());
		}
		catch (IOException ex) {
			problems.add("the scripts at " + folder + " cannot be listed: " + ex.getMessage());
			return List.of();
		}
	}

	/** Why a repository has no changesets, for a user who expects some. */
	private String empty() {
		String root = Folders.folder(this.location);
		String where;
		try {
			Folders.Kind kind = Folders.kind(root, classLoader());
			where = (kind == Folders.Kind.FOLDER) ? root + "/versions has no scripts"
					: Folders.describe(this.location, kind);
		}
		catch (IOException ex) {
			where = "the location " + this.location + " cannot be read (" + ex.getMessage() + ")";
		}
		String java = this.javaPackage.isBlank() ? "" : ", and the package " + this.javaPackage + " has no V<NNN>_ classes";
		return "the repository has no changesets: " + where + java + Folders.hints(this.location) + ". If it is to be "
				+ "empty for now, set migrate.allow-empty-repository=true";
	}

	/** Reports each version missing below the highest. The SQL versions come in order, the Java ones merge in. */
	private static void checkNoGaps(List<SqlVersion> sqlVersions, Set<Integer> javaVersions, List<String> problems) {
		int[] all = new int[sqlVersions.size() + javaVersions.size()];
		int count = 0;
		for (SqlVersion version : sqlVersions) {
			all[count++] = version.version();
		}
		for (int version : javaVersions) {
			all[count++] = version;
		}
		if (!javaVersions.isEmpty()) {
			Arrays.sort(all);
		}
		int highest = (count > 0) ? all[count - 1] : 0;
		int next = 1;
		for (int version : all) {
			for (; next < version; next++) {
				problems.add("version " + next + " is missing: versions run 1, 2, 3 ... without gaps up to " + highest
						+ "; add version " + next + ", or renumber the versions above it");
			}
			next = Math.max(next, version + 1);
		}
	}

	/** Changesets numbered 1 to n without gaps or twins (a repository without problems), in version order. */
	private static List<Changeset> inVersionOrder(List<Changeset> changesets) {
		Changeset[] byVersion = new Changeset[changesets.size()];
		for (Changeset changeset : changesets) {
			byVersion[changeset.version() - 1] = changeset;
		}
		return Arrays.asList(byVersion);
	}

	private ClassLoader classLoader() {
		if (this.classLoader != null) {
			return this.classLoader;
		}
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return (context != null) ? context : RepositoryLoader.class.getClassLoader();
	}

}

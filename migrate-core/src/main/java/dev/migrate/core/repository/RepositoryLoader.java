package dev.migrate.core.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.migrate.core.RepositoryLoadException;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.PostgresDdlRenderer;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.SchemaEditor;
import org.jspecify.annotations.Nullable;

/**
 * Loads a repository for one dialect: {@code migrate.cfg}, the numbered SQL scripts of
 * {@code versions/}, the Java changesets of a package and those handed in. Every problem is collected
 * and reported at once, naming its files, in a {@link RepositoryLoadException}.
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
	 * @param dialect the dialect whose scripts win over {@code default} ones
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
	 * @param dialect the dialect whose scripts win over {@code default} ones
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
		List<SqlVersion> sqlVersions = readScripts(problems);
		Map<Integer, JavaBackedChangeset> javaVersions = readJavaChangesets(problems);
		SqlChangeset baseline = null;
		List<Changeset> changesets = new ArrayList<>(sqlVersions.size() + javaVersions.size());
		for (SqlVersion version : sqlVersions) {
			SqlChangeset changeset = version.changeset(this.dialect, this.encoding, problems);
			if (changeset == null) {
				continue;
			}
			if (version.version == 0) {
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
			if (name != null && ScriptName.isNumbered(name)) {
				highest = Math.max(highest, ScriptName.leadingNumber(name));
			}
		}
		for (JavaBackedChangeset changeset : readJavaChangesets(new ArrayList<>()).values()) {
			highest = Math.max(highest, changeset.version());
		}
		return highest;
	}

	private RepositorySettings readSettings(List<String> problems) {
		RepositorySettings settings = RepositorySettings.NONE;
		List<String> misplaced = new ArrayList<>();
		try {
			for (FolderEntry entry : Folders.list(single(this.location), classLoader())) {
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

	/**
	 * The scripts of {@code versions/} in version order, each version's in name order. Problems with
	 * single files are reported in file name order, but the folder itself is not sorted: for thousands
	 * of scripts that costs more than all the rest of reading them. A subfolder is ignored; one named
	 * like a script is found out when it is read.
	 */
	private List<SqlVersion> readScripts(List<String> problems) {
		List<FolderEntry> entries = listScripts(problems);
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

	/** Why a repository has no changesets, for a user who expects some. */
	private String empty() {
		String where;
		try {
			Folders.Kind kind = Folders.kind(single(this.location), classLoader());
			where = (kind == Folders.Kind.FOLDER) ? single(this.location) + "/versions has no scripts"
					: whatIsAtTheLocation(kind);
		}
		catch (IOException ex) {
			where = "the location " + this.location + " cannot be read (" + ex.getMessage() + ")";
		}
		String java = this.javaPackage.isBlank() ? "" : ", and the package " + this.javaPackage + " has no V<NNN>_ classes";
		return "the repository has no changesets: " + where + java + hints() + ". If it is to be empty for now, set "
				+ "migrate.allow-empty-repository=true";
	}

	/** A hint for directives that are not ones, a misspelled {@code irreversible} above all. */
	private static String unknownDirectives(SqlScript script) {
		List<String> unknown = script.unknownDirectives();
		return unknown.isEmpty() ? "" : " (its '-- migrate:" + String.join("', '-- migrate:", unknown)
				+ "' is not a directive: the directives are -- migrate:irreversible and -- migrate:no-transaction)";
	}

	private String whatIsAtTheLocation(Folders.Kind kind) {
		boolean classpath = single(this.location).startsWith("classpath:");
		if (kind == Folders.Kind.FILE) {
			return "the location " + this.location + " is a file, not a folder: point it at the folder that holds "
					+ "versions/ (and migrate.cfg)";
		}
		return "the location " + this.location + " does not exist" + (classpath ? " on the classpath" : "");
	}

	/** What a location that finds nothing was probably meant to say. */
	private String hints() {
		if (this.location.contains(",")) {
			return " (a location is one folder: '" + this.location + "' was read as one path, not as a list)";
		}
		if (this.location.contains("{")) {
			return " ('{...}' is taken literally: Migrate needs no '{vendor}' placeholder, since each script names its "
					+ "dialect: 001_x_postgresql_upgrade.sql beside 001_x_default_upgrade.sql)";
		}
		return "";
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

	private List<FolderEntry> listScripts(List<String> problems) {
		String folder = single(this.location) + "/versions";
		try {
			Folders.Kind kind = Folders.kind(single(this.location), classLoader());
			if (kind != Folders.Kind.FOLDER) {
				// A classpath folder may be absent where the changesets are all Java ones.
				if (kind == Folders.Kind.FILE || !single(this.location).startsWith("classpath:")) {
					problems.add(whatIsAtTheLocation(kind) + hints() + ((kind == Folders.Kind.MISSING)
							? ": set migrate.location to the folder that holds versions/ (classpath:..., file:... or a path)"
							: ""));
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

	private Map<Integer, JavaBackedChangeset> readJavaChangesets(List<String> problems) {
		Map<Integer, JavaBackedChangeset> versions = new TreeMap<>();
		Set<Class<?>> handedIn = new HashSet<>();
		for (JavaChangeset changeset : this.javaChangesets) {
			handedIn.add(changeset.getClass());
			addJava(changeset, versions, problems);
		}
		for (Class<?> type : scanJavaPackage(problems)) {
			if (!handedIn.contains(type)) {
				JavaChangeset changeset = instantiate(type, problems);
				if (changeset != null) {
					addJava(changeset, versions, problems);
				}
			}
		}
		return versions;
	}

	private void addJava(JavaChangeset changeset, Map<Integer, JavaBackedChangeset> versions, List<String> problems) {
		String source = changeset.getClass().getName();
		int version;
		String description;
		try {
			version = changeset.version();
			description = changeset.description();
		}
		catch (RuntimeException ex) {
			problems.add(ex.getMessage());
			return;
		}
		if (version < 1) {
			problems.add(source + " has version " + version + ": Java changesets start at 1 (version 0 is the "
					+ "baseline script 000_baseline_default_upgrade.sql)");
			return;
		}
		boolean reversible = implementsDowngrade(changeset.getClass());
		if (!reversible && !changeset.getClass().isAnnotationPresent(Irreversible.class)) {
			problems.add(source + " (version " + version + ") has no downgrade: implement downgrade(ChangesetContext), "
					+ "or annotate the class @Irreversible if it cannot be undone");
			return;
		}
		if (ReversibleChangeset.derivesDowngrade(changeset)
				&& !derivableDowngrade((ReversibleChangeset) changeset, version, problems)) {
			return;
		}
		JavaBackedChangeset existing = versions.get(version);
		if (existing != null) {
			problems.add("version " + version + " is defined twice: " + existing.source() + " and " + source);
			return;
		}
		versions.put(version, new JavaBackedChangeset(version, description, changeset, reversible));
	}

	/**
	 * Records what a reversible changeset's {@code change} does, without a database, and reports each
	 * change that cannot be reversed from what it says: found now, not when someone downgrades.
	 */
	private boolean derivableDowngrade(ReversibleChangeset changeset, int version, List<String> problems) {
		String source = changeset.getClass().getName() + " (version " + version + ")";
		SchemaEditor recorder = SchemaEditor.recorder(Dialects.names().contains(this.dialect)
				? Dialects.byName(this.dialect).ddl() : new PostgresDdlRenderer());
		try {
			changeset.change(recorder);
		}
		catch (NotRenderableException ex) {
			problems.add(source + ": change(Schema) reads the database (" + ex.getMessage() + "), so its downgrade "
					+ "cannot be derived: implement downgrade(ChangesetContext)");
			return false;
		}
		catch (RuntimeException ex) {
			problems.add(source + ": change(Schema) failed while it was recorded: " + ex.getMessage());
			return false;
		}
		List<String> irreversible = recorder.irreversibleChanges();
		for (String change : irreversible) {
			problems.add(source + ": " + change + ": implement downgrade(ChangesetContext)");
		}
		return irreversible.isEmpty();
	}

	private static boolean implementsDowngrade(Class<?> type) {
		try {
			return type.getMethod("downgrade", ChangesetContext.class).getDeclaringClass() != JavaChangeset.class;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private List<Class<?>> scanJavaPackage(List<String> problems) {
		if (this.javaPackage.isBlank()) {
			return List.of();
		}
		String folder = "classpath*:" + this.javaPackage.replace('.', '/');
		List<Class<?>> types = new ArrayList<>();
		try {
			for (FolderEntry entry : Folders.list(folder, classLoader())) {
				String fileName = entry.name();
				if (!fileName.endsWith(".class") || fileName.contains("$")) {
					continue;
				}
				String simpleName = fileName.substring(0, fileName.length() - ".class".length());
				if (!isJavaChangesetName(simpleName)) {
					continue;
				}
				String className = this.javaPackage + "." + simpleName;
				try {
					Class<?> type = Class.forName(className, false, classLoader());
					if (!JavaChangeset.class.isAssignableFrom(type)) {
						problems.add(className + " is named like a Java changeset but does not implement "
								+ JavaChangeset.class.getName());
					}
					else if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && !types.contains(type)) {
						types.add(type);
					}
				}
				catch (ClassNotFoundException | LinkageError ex) {
					problems.add(className + " cannot be loaded: " + ex);
				}
			}
		}
		catch (IOException ex) {
			problems.add("the classes of package " + this.javaPackage + " cannot be listed: " + ex.getMessage());
		}
		return types;
	}

	/** Whether a class name is {@code V}, digits, {@code _} and word characters: {@code V\d+_\w+}. */
	static boolean isJavaChangesetName(String name) {
		int digits = 1;
		while (digits < name.length() && name.charAt(digits) >= '0' && name.charAt(digits) <= '9') {
			digits++;
		}
		if (!name.startsWith("V") || digits == 1 || digits + 1 >= name.length() || name.charAt(digits) != '_') {
			return false;
		}
		for (int i = digits + 1; i < name.length(); i++) {
			if (!isWordCharacter(name.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

	private static @Nullable JavaChangeset instantiate(Class<?> type, List<String> problems) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (JavaChangeset) constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			problems.add(type.getName() + " needs a constructor without parameters, or hand it to the configuration "
					+ "as an instance (a Spring bean)");
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			problems.add(type.getName() + " cannot be created: " + ex);
		}
		return null;
	}

	/** Reports each version missing below the highest. The SQL versions come in order, the Java ones merge in. */
	private static void checkNoGaps(List<SqlVersion> sqlVersions, Set<Integer> javaVersions, List<String> problems) {
		int[] all = new int[sqlVersions.size() + javaVersions.size()];
		int count = 0;
		for (SqlVersion version : sqlVersions) {
			all[count++] = version.version;
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

	/** The location as one resource: a path without a prefix is a file path. */
	private static String single(String location) {
		String trimmed = stripTrailingSlash(location);
		if (trimmed.startsWith("classpath*:")) {
			return "classpath:" + trimmed.substring("classpath*:".length());
		}
		return trimmed.contains(":") && !isWindowsPath(trimmed) ? trimmed : "file:" + trimmed;
	}

	private static boolean isWindowsPath(String location) {
		return location.length() > 2 && Character.isLetter(location.charAt(0)) && location.charAt(1) == ':'
				&& (location.charAt(2) == '\\' || location.charAt(2) == '/');
	}

	private static String stripTrailingSlash(String location) {
		String trimmed = location.strip();
		while (trimmed.endsWith("/") && trimmed.length() > 1 && !trimmed.endsWith(":/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
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
	private static final class SqlVersion implements Comparable<SqlVersion> {

		private final int version;

		private final List<ScriptName> names = new ArrayList<>(2);

		private final List<FolderEntry> files = new ArrayList<>(2);

		SqlVersion(int version) {
			this.version = version;
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

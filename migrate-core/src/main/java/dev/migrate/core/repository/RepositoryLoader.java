package dev.migrate.core.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

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

	private static final Pattern JAVA_CHANGESET_NAME = Pattern.compile("V\\d+_\\w+");

	private final String location;

	private final String dialect;

	private final String javaPackage;

	private final List<JavaChangeset> javaChangesets;

	private final @Nullable ClassLoader classLoader;

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
		this.location = location;
		this.dialect = dialect;
		this.javaPackage = javaPackage;
		this.javaChangesets = List.copyOf(javaChangesets);
		this.classLoader = classLoader;
	}

	/** Loads the repository. */
	public Repository load() {
		List<String> problems = new ArrayList<>();
		RepositorySettings settings = readSettings(problems);
		Map<Integer, SqlVersion> sqlVersions = readScripts(problems);
		Map<Integer, JavaBackedChangeset> javaVersions = readJavaChangesets(problems);
		SqlChangeset baseline = null;
		Map<Integer, Changeset> changesets = new TreeMap<>();
		for (Map.Entry<Integer, SqlVersion> entry : sqlVersions.entrySet()) {
			SqlChangeset changeset = entry.getValue().changeset(this.dialect, problems);
			if (changeset == null) {
				continue;
			}
			if (entry.getKey() == 0) {
				baseline = changeset;
			}
			else {
				changesets.put(entry.getKey(), changeset);
			}
		}
		for (Map.Entry<Integer, JavaBackedChangeset> entry : javaVersions.entrySet()) {
			SqlVersion sql = sqlVersions.get(entry.getKey());
			if (sql != null) {
				problems.add("version " + entry.getKey() + " is both SQL (" + String.join(", ", sql.fileNames())
						+ ") and Java (" + entry.getValue().source() + "): keep one of them");
			}
			else {
				changesets.put(entry.getKey(), entry.getValue());
			}
		}
		checkNoGaps(changesets, sqlVersions, javaVersions, problems);
		if (!problems.isEmpty()) {
			throw new RepositoryLoadException(this.location, problems);
		}
		return new Repository(this.location, settings, baseline, new ArrayList<>(changesets.values()));
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
		try {
			for (FolderEntry entry : Folders.list(single(this.location), classLoader())) {
				if (entry.name().equals("migrate.cfg")) {
					RepositorySettings settings = RepositorySettings.parse(entry.text());
					if (settings.useTimestampNumbering()) {
						problems.add("migrate.cfg sets use_timestamp_numbering = True: timestamp-numbered versions are not "
								+ "supported; renumber the scripts 001, 002, ... (the version table keeps integers)");
					}
					return settings;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add("the repository at " + this.location + " cannot be read: " + ex.getMessage());
		}
		return RepositorySettings.NONE;
	}

	/**
	 * The scripts of {@code versions/} by version. A subfolder is ignored; one named like a script is
	 * found out when it is read.
	 */
	private Map<Integer, SqlVersion> readScripts(List<String> problems) {
		Map<Integer, SqlVersion> versions = new TreeMap<>();
		for (FolderEntry entry : listScripts(problems)) {
			String fileName = entry.name();
			if (ScriptName.isIgnored(fileName)) {
				continue;
			}
			if (ScriptName.isPython(fileName)) {
				if (!entry.isFolder()) {
					problems.add(fileName + " is a Python script, which cannot run on the JVM: port it to SQL "
							+ "(NNN_description_default_upgrade.sql and _downgrade.sql) or to a Java changeset");
				}
				continue;
			}
			ScriptName name = ScriptName.parse(fileName);
			if (name == null) {
				if (!entry.isFolder()) {
					problems.add(fileName + " does not follow NNN_description_<dialect|default>_<upgrade|downgrade>.sql "
							+ "(a number of at least three digits, e.g. 001_add_ctime_default_upgrade.sql)");
				}
				continue;
			}
			versions.computeIfAbsent(name.version(), SqlVersion::new)
				.add(name, new SqlScript(fileName, entry), entry.where(), problems);
		}
		return versions;
	}

	private List<FolderEntry> listScripts(List<String> problems) {
		String folder = single(this.location) + "/versions";
		if (!Folders.exists(single(this.location))) {
			problems.add("the location " + this.location + " does not exist");
			return List.of();
		}
		try {
			List<FolderEntry> entries = new ArrayList<>(Folders.list(folder, classLoader()));
			entries.sort(Comparator.comparing(FolderEntry::name));
			return entries;
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
				if (!JAVA_CHANGESET_NAME.matcher(simpleName).matches()) {
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

	private static void checkNoGaps(Map<Integer, Changeset> changesets, Map<Integer, SqlVersion> sqlVersions,
			Map<Integer, JavaBackedChangeset> javaVersions, List<String> problems) {
		Set<Integer> all = new HashSet<>(sqlVersions.keySet());
		all.addAll(javaVersions.keySet());
		all.remove(0);
		int highest = all.stream().mapToInt(Integer::intValue).max().orElse(0);
		for (int version = 1; version < highest; version++) {
			if (!all.contains(version)) {
				problems.add("version " + version + " is missing: versions run 1, 2, 3 ... without gaps up to " + highest);
			}
		}
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

	/** The SQL scripts found for one version, before one per direction is chosen for the dialect. */
	private static final class SqlVersion {

		private final int version;

		private final Map<String, SqlScript> upgrades = new LinkedHashMap<>();

		private final Map<String, SqlScript> downgrades = new LinkedHashMap<>();

		private final Map<String, String> descriptions = new LinkedHashMap<>();

		private final Map<String, String> urls = new LinkedHashMap<>();

		SqlVersion(int version) {
			this.version = version;
		}

		void add(ScriptName name, SqlScript script, String where, List<String> problems) {
			Map<String, SqlScript> scripts = name.upgrade() ? this.upgrades : this.downgrades;
			String key = (name.upgrade() ? "upgrade:" : "downgrade:") + name.dialect();
			SqlScript existing = scripts.putIfAbsent(name.dialect(), script);
			if (existing != null) {
				problems.add("version " + this.version + " has two " + name.dialect() + " "
						+ (name.upgrade() ? "upgrade" : "downgrade") + " scripts: " + describe(existing, this.urls.get(key))
						+ " and " + describe(script, where));
				return;
			}
			this.urls.put(key, where);
			if (name.upgrade()) {
				this.descriptions.put(name.dialect(), name.description());
			}
		}

		private static String describe(SqlScript script, @Nullable String url) {
			return script.fileName() + ((url != null) ? " (" + url + ")" : "");
		}

		List<String> fileNames() {
			List<String> names = new ArrayList<>();
			this.upgrades.values().forEach((script) -> names.add(script.fileName()));
			this.downgrades.values().forEach((script) -> names.add(script.fileName()));
			return names;
		}

		@Nullable SqlChangeset changeset(String dialect, List<String> problems) {
			String upgradeDialect = this.upgrades.containsKey(dialect) ? dialect : ScriptName.DEFAULT_DIALECT;
			SqlScript upgrade = this.upgrades.get(upgradeDialect);
			SqlScript downgrade = this.downgrades.containsKey(dialect) ? this.downgrades.get(dialect)
					: this.downgrades.get(ScriptName.DEFAULT_DIALECT);
			if (upgrade == null) {
				problems.add("version " + this.version + " has no upgrade script for " + dialect + " or default (found: "
						+ String.join(", ", fileNames()) + ")");
				return null;
			}
			if (this.version == 0) {
				if (!this.downgrades.isEmpty()) {
					problems.add("version 0 is the baseline and has no downgrade: remove "
							+ String.join(", ", this.downgrades.values().stream().map(SqlScript::fileName).toList()));
				}
				return new SqlChangeset(0, this.descriptions.get(upgradeDialect), upgrade, null);
			}
			if (downgrade == null && !isIrreversible(upgrade, problems)) {
				problems.add(upgrade.fileName() + " (version " + this.version + ") has no downgrade script: add "
						+ upgrade.fileName().replace("_upgrade.sql", "_downgrade.sql")
						+ ", or mark the upgrade irreversible with a first line '-- migrate:irreversible'");
				return null;
			}
			return new SqlChangeset(this.version, this.descriptions.get(upgradeDialect), upgrade, downgrade);
		}

		/**
		 * Whether the first lines mark an upgrade irreversible. One that cannot be read is reported as such,
		 * and not again for its missing downgrade.
		 */
		private static boolean isIrreversible(SqlScript upgrade, List<String> problems) {
			try {
				return upgrade.directives().contains(SqlChangeset.IRREVERSIBLE);
			}
			catch (UncheckedIOException ex) {
				problems.add(ex.getMessage());
				return true;
			}
		}

	}

}

package dev.migrate.core.repository;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Finds a repository's Java changesets: those handed in as instances, and the classes of a package named
 * {@code V<NNN>_Description}, created with their constructor without parameters (a class handed in as an
 * instance is not created again). Each is checked for a version from 1 and a downgrade, or a mark that it
 * has none; a version taken twice is reported.
 */
final class JavaChangesets {

	private final String javaPackage;

	private final List<JavaChangeset> handedIn;

	private final ClassLoader classLoader;

	/**
	 * A finder.
	 * @param javaPackage the package to find changeset classes in; empty for none
	 * @param handedIn the changesets handed in as instances
	 * @param classLoader the class loader to list the package with and load its classes
	 */
	JavaChangesets(String javaPackage, List<JavaChangeset> handedIn, ClassLoader classLoader) {
		this.javaPackage = javaPackage;
		this.handedIn = handedIn;
		this.classLoader = classLoader;
	}

	/**
	 * The Java changesets by version; problems go to {@code problems}, and a changeset with one is left out.
	 * @param derivedDowngrades checks the changesets whose downgrade is derived; null to leave that to later
	 * @param problems where problems go
	 */
	Map<Integer, JavaBackedChangeset> read(@Nullable DerivedDowngrades derivedDowngrades, List<String> problems) {
		Map<Integer, JavaBackedChangeset> versions = new TreeMap<>();
		Set<Class<?>> handedIn = new HashSet<>();
		for (JavaChangeset changeset : this.handedIn) {
			handedIn.add(changeset.getClass());
			add(changeset, versions, derivedDowngrades, problems);
		}
		for (Class<?> type : scanPackage(problems)) {
			if (!handedIn.contains(type)) {
				JavaChangeset changeset = instantiate(type, problems);
				if (changeset != null) {
					add(changeset, versions, derivedDowngrades, problems);
				}
			}
		}
		return versions;
	}

	private static void add(JavaChangeset changeset, Map<Integer, JavaBackedChangeset> versions,
			@Nullable DerivedDowngrades derivedDowngrades, List<String> problems) {
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
		if (derivedDowngrades != null && ReversibleChangeset.derivesDowngrade(changeset)
				&& !derivedDowngrades.check((ReversibleChangeset) changeset, version, problems)) {
			return;
		}
		JavaBackedChangeset existing = versions.get(version);
		if (existing != null) {
			problems.add("version " + version + " is defined twice: " + existing.source() + " and " + source);
			return;
		}
		versions.put(version, new JavaBackedChangeset(version, description, changeset, reversible));
	}

	private static boolean implementsDowngrade(Class<?> type) {
		try {
			return type.getMethod("downgrade", ChangesetContext.class).getDeclaringClass() != JavaChangeset.class;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private List<Class<?>> scanPackage(List<String> problems) {
		if (this.javaPackage.isBlank()) {
			return List.of();
		}
		String folder = "classpath*:" + this.javaPackage.replace('.', '/');
		List<Class<?>> types = new ArrayList<>();
		try {
			for (FolderEntry entry : Folders.list(folder, this.classLoader)) {
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
					Class<?> type = Class.forName(className, false, this.classLoader);
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

}

package dev.migrate.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * Registers what a native image needs to read the repositories that the {@link MigrateInitializer}s
 * migrate: the files under {@code migrate.location} and each {@code migrate.repositories.<name>.location}
 * (when on the classpath), and the Java changeset classes of their {@code java-package}, both as resources
 * (the engine lists them) and for reflective construction.
 */
class MigrateRepositoryAotProcessor implements BeanFactoryInitializationAotProcessor {

	/** The engine's naming convention of Java changeset classes. */
	private static final Pattern JAVA_CHANGESET_CLASS = Pattern.compile("V\\d+_\\w+\\.class");

	private static final String CLASSPATH = "classpath:";

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (!ClassUtils.isPresent("dev.migrate.core.Migrate", beanFactory.getBeanClassLoader())
				|| beanFactory.getBeanNamesForType(MigrateInitializer.class, true, false).length == 0) {
			return null;
		}
		MigrateProperties properties = Binder.get(beanFactory.getBean(Environment.class))
			.bindOrCreate("migrate", MigrateProperties.class);
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		return (generationContext, code) -> {
			registerHints(generationContext.getRuntimeHints(), properties, classLoader);
			MigrateRepositories repositories = new MigrateRepositories(properties.getRepositories());
			repositories.names()
				.stream()
				.map(repositories::properties)
				.forEach((repository) -> registerHints(generationContext.getRuntimeHints(), repository, classLoader));
		};
	}

	static void registerHints(RuntimeHints hints, MigrateRepositoryProperties properties,
			@Nullable ClassLoader classLoader) {
		String location = properties.getLocation();
		if (location.startsWith(CLASSPATH)) {
			String path = trimSlashes(location.substring(CLASSPATH.length()));
			hints.resources().registerPattern(path + "/migrate.cfg");
			hints.resources().registerPattern(path + "/versions/*");
		}
		for (String className : javaChangesetClasses(properties.getJavaPackage(), classLoader)) {
			hints.reflection().registerType(TypeReference.of(className), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
			hints.resources().registerPattern(className.replace('.', '/') + ".class");
		}
	}

	private static List<String> javaChangesetClasses(String javaPackage, @Nullable ClassLoader classLoader) {
		List<String> classNames = new ArrayList<>();
		if (javaPackage.isBlank()) {
			return classNames;
		}
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(classLoader)
				.getResources("classpath*:" + javaPackage.replace('.', '/') + "/*.class");
			for (Resource resource : resources) {
				String fileName = resource.getFilename();
				if (fileName != null && JAVA_CHANGESET_CLASS.matcher(fileName).matches()) {
					classNames.add(javaPackage + "." + fileName.substring(0, fileName.length() - ".class".length()));
				}
			}
			return classNames;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the Java changesets of package " + javaPackage, ex);
		}
	}

	private static String trimSlashes(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

}

package dev.migrate.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.StringUtils;

/**
 * Which entities the model goals map, and with which Hibernate settings: the packages of
 * {@code migrate.model.packages}, else every package of the compiled classes that holds an {@code @Entity};
 * {@code spring.jpa.*} mapped to {@code hibernate.*} by Spring Boot's own {@link HibernateProperties}, so that
 * naming strategies and {@code spring.jpa.properties.hibernate.*} are the application's.
 */
final class JpaEntities {

	/** The setting, and the plugin parameter's key, that names the entities' packages. */
	static final String PACKAGES = "migrate.model.packages";

	private static final String ENTITY = "jakarta.persistence.Entity";

	private JpaEntities() {
	}

	/**
	 * The packages whose entities are the model.
	 * @param configured {@code migrate.model.packages}, comma-separated; null or blank for the default
	 * @param classes the project's compiled classes ({@code target/classes})
	 * @throws SettingsException when none is configured and no compiled class is an {@code @Entity}
	 */
	static List<String> packages(@Nullable String configured, Path classes) {
		if (StringUtils.hasText(configured)) {
			List<String> packages = new ArrayList<>();
			for (String name : StringUtils.commaDelimitedListToStringArray(configured)) {
				if (StringUtils.hasText(name)) {
					packages.add(name.strip());
				}
			}
			return List.copyOf(packages);
		}
		TreeSet<String> packages = new TreeSet<>();
		if (Files.isDirectory(classes)) {
			SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
			try (Stream<Path> files = Files.walk(classes)) {
				for (Path file : (Iterable<Path>) files.filter(JpaEntities::isClassFile)::iterator) {
					AnnotationMetadata annotations = read(readers, file).getAnnotationMetadata();
					if (annotations.hasAnnotation(ENTITY)) {
						String name = annotations.getClassName();
						packages.add((name.lastIndexOf('.') > 0) ? name.substring(0, name.lastIndexOf('.')) : "");
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the compiled classes in " + classes, ex);
			}
		}
		if (packages.isEmpty()) {
			throw new SettingsException("No @Entity class in " + classes + ": the JPA model is the project's compiled "
					+ "entities. Compile them first, or name the packages that hold them with -D" + PACKAGES
					+ "=com.example.shop (or <modelPackages> in the plugin's configuration)");
		}
		return List.copyOf(packages);
	}

	/**
	 * The {@code hibernate.*} settings of the application: {@code spring.jpa.properties.*}, the naming
	 * strategies of {@code spring.jpa.hibernate.naming.*} (Spring Boot's by default), and
	 * {@code spring.jpa.database-platform} as the dialect. Schema generation stays off.
	 */
	static Map<String, Object> hibernateSettings(ProjectSettings settings) {
		JpaProperties jpa = settings.bind("spring.jpa", JpaProperties.class);
		HibernateProperties hibernate = settings.bind("spring.jpa.hibernate", HibernateProperties.class);
		Map<String, Object> mapped = new LinkedHashMap<>(
				hibernate.determineHibernateProperties(jpa.getProperties(), new HibernateSettings().ddlAuto(() -> "none")));
		mapped.remove("hibernate.hbm2ddl.auto");
		if (StringUtils.hasText(jpa.getDatabasePlatform())) {
			mapped.put("hibernate.dialect", jpa.getDatabasePlatform());
		}
		return mapped;
	}

	private static boolean isClassFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class");
	}

	private static MetadataReader read(SimpleMetadataReaderFactory readers, Path file) throws IOException {
		return readers.getMetadataReader(new FileSystemResource(file));
	}

}

package dev.migrate.core.model;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Finds the classes of some packages (and their sub-packages) that Hibernate maps: {@code @Entity},
 * {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter}, by reading their class files, so
 * that no class is loaded or initialised to find it.
 */
final class EntityScan {

	private static final List<String> ANNOTATIONS = List.of("jakarta.persistence.Entity",
			"jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

	private EntityScan() {
	}

	/** The names of the mapped classes in these packages, sorted. */
	static List<String> classNames(ClassLoader classLoader, Collection<String> packages) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		TreeSet<String> names = new TreeSet<>();
		for (String name : packages) {
			String pattern = "classpath*:" + name.replace('.', '/') + "/**/*.class";
			try {
				for (Resource resource : resolver.getResources(pattern)) {
					MetadataReader reader = readers.getMetadataReader(resource);
					AnnotationMetadata annotations = reader.getAnnotationMetadata();
					if (ANNOTATIONS.stream().anyMatch(annotations::hasAnnotation)) {
						names.add(annotations.getClassName());
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not read the classes of package " + name + " (" + pattern + "): "
						+ ex.getMessage(), ex);
			}
		}
		return List.copyOf(names);
	}

}

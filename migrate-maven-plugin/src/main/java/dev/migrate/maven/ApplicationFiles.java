package dev.migrate.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.StringUtils;

/**
 * The project's {@code application[-profile].{properties,yml,yaml}} in one folder, read by Spring Boot's
 * own loaders. Each document is one property source; a document with
 * {@code spring.config.activate.on-profile} counts only when its profiles are active.
 */
final class ApplicationFiles {

	private static final String ON_PROFILE = "spring.config.activate.on-profile";

	/** Extensions in Spring Boot's order: a {@code .properties} file wins over a {@code .yml} one. */
	private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");

	private final Path folder;

	ApplicationFiles(Path folder) {
		this.folder = folder;
	}

	/**
	 * The documents of {@code application} (profile null) or {@code application-<profile>}, that win
	 * first: later documents of a file before earlier ones, {@code .properties} before {@code .yml}.
	 */
	List<PropertySource<?>> documents(@Nullable String profile, List<String> activeProfiles) {
		List<PropertySource<?>> documents = new ArrayList<>();
		String name = StringUtils.hasText(profile) ? "application-" + profile : "application";
		for (String extension : EXTENSIONS) {
			Path file = this.folder.resolve(name + "." + extension);
			if (Files.isRegularFile(file)) {
				List<PropertySource<?>> loaded = load(file, extension);
				for (int i = loaded.size() - 1; i >= 0; i--) {
					if (active(loaded.get(i), activeProfiles)) {
						documents.add(loaded.get(i));
					}
				}
			}
		}
		return documents;
	}

	private static boolean active(PropertySource<?> document, List<String> activeProfiles) {
		Object onProfile = document.getProperty(ON_PROFILE);
		if (onProfile == null || !StringUtils.hasText(onProfile.toString())) {
			return true;
		}
		String[] expressions = StringUtils.commaDelimitedListToStringArray(onProfile.toString());
		return Profiles.of(StringUtils.trimArrayElements(expressions)).matches(activeProfiles::contains);
	}

	private static List<PropertySource<?>> load(Path file, String extension) {
		PropertySourceLoader loader = extension.equals("properties") ? new PropertiesPropertySourceLoader()
				: new YamlPropertySourceLoader();
		try {
			return loader.load(file.getFileName().toString(), new FileSystemResource(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new SettingsException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}

package dev.migrate.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The project's runtime classpath (its compiled classes and resources, its JDBC driver, its Java
 * changesets), over the plugin's own class loader.
 */
final class ProjectClassLoader extends URLClassLoader {

	static {
		ClassLoader.registerAsParallelCapable();
	}

	private ProjectClassLoader(URL[] urls, ClassLoader parent) {
		super(urls, parent);
	}

	/** A class loader over the given classpath elements, in order. */
	static ProjectClassLoader of(List<String> elements, ClassLoader parent) {
		URL[] urls = new URL[elements.size()];
		for (int i = 0; i < urls.length; i++) {
			try {
				urls[i] = new File(elements.get(i)).toURI().toURL();
			}
			catch (MalformedURLException ex) {
				throw new IllegalStateException("Not a classpath element: " + elements.get(i), ex);
			}
		}
		return new ProjectClassLoader(urls, parent);
	}

}

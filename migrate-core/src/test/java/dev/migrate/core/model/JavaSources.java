package dev.migrate.core.model;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated changesets in a test, as a project would: with the JDK's compiler, every lint warning
 * on and made an error, the test class path as the class path, into a folder of its own.
 */
final class JavaSources {

	private JavaSources() {
	}

	/**
	 * Compiles the files into {@code classes}.
	 * @return a class loader for the compiled classes, over the test's own
	 * @throws AssertionError naming each diagnostic, when there is any (a warning included)
	 */
	static ClassLoader compile(Path classes, Path... sources) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StringWriter output = new StringWriter();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
			Files.createDirectories(classes);
			List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
					"--release", "17", "-Xlint:all", "-Werror", "-proc:none");
			boolean compiled = compiler
				.getTask(output, files, diagnostics, options, null, files.getJavaFileObjects(sources))
				.call();
			List<String> problems = new ArrayList<>();
			for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
				problems.add(diagnostic.getKind() + " line " + diagnostic.getLineNumber() + ": "
						+ diagnostic.getMessage(null));
			}
			if (!compiled || !problems.isEmpty() || !output.toString().isBlank()) {
				throw new AssertionError("The generated changeset does not compile cleanly: " + problems + output
						+ "\n" + read(sources));
			}
			return new URLClassLoader(new URL[] { classes.toUri().toURL() }, JavaSources.class.getClassLoader());
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a source into its package's folder under {@code root} and compiles it into {@code classes}. */
	static ClassLoader compile(Path root, Path classes, ChangesetSource source, String javaPackage) {
		try {
			Path folder = root.resolve(javaPackage.replace('.', '/'));
			Files.createDirectories(folder);
			Path file = Files.writeString(folder.resolve(source.className() + ".java"), source.code());
			return compile(classes, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path... sources) {
		StringBuilder text = new StringBuilder();
		for (Path source : sources) {
			try {
				text.append(Files.readString(source));
			}
			catch (IOException ex) {
				text.append(source).append(": ").append(ex.getMessage());
			}
		}
		return text.toString();
	}

}

package dev.migrate.core.repository;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A changeset written in Java. Name the class {@code V<NNN>_<Description>} (for example
 * {@code V003_CreateTagTable}) in the repository's Java package, or hand an instance to the
 * configuration (Spring beans of this type are picked up); override {@link #version()} when the class
 * name does not carry the version.
 *
 * <p>Implement {@link #downgrade} so that it undoes {@link #upgrade}. A changeset that cannot be undone
 * leaves it out and carries {@link Irreversible}; a downgrade past it is then refused up front. Make schema
 * changes on {@link ChangesetContext#schema()}, the changeset API; a {@link ReversibleChangeset} says
 * them once and has its downgrade derived.
 */
public interface JavaChangeset {

	/** Brings the schema from {@code version() - 1} to {@code version()}. */
	void upgrade(ChangesetContext context) throws Exception;

	/** Brings the schema from {@code version()} back to {@code version() - 1}. */
	default void downgrade(ChangesetContext context) throws Exception {
		throw new UnsupportedOperationException(getClass().getName() + " has no downgrade");
	}

	/** The version, by default from the class name: {@code V003_CreateTagTable} is 3. */
	default int version() {
		Matcher matcher = ClassNames.matcher(getClass());
		if (!matcher.matches()) {
			throw new IllegalStateException(getClass().getName()
					+ " has no version: name it V<NNN>_<Description> or override version()");
		}
		return Integer.parseInt(matcher.group(1));
	}

	/** The description, by default from the class name: {@code V003_CreateTagTable} is "create tag table". */
	default String description() {
		Matcher matcher = ClassNames.matcher(getClass());
		String words = matcher.matches() ? matcher.group(2) : getClass().getSimpleName();
		return ClassNames.words(words);
	}

	/**
	 * A checksum of this changeset, compared at validation with the one recorded when it ran; null
	 * (the default) for none, since compiled classes change with the compiler.
	 */
	default @Nullable String checksum() {
		return null;
	}

	/** Whether the changeset runs in a transaction with its version bump (where DDL is transactional). */
	default boolean transactional() {
		return true;
	}

	/** The naming convention of Java changeset classes. */
	final class ClassNames {

		private static final Pattern NAME = Pattern.compile("V(\\d+)_(\\w+)");

		private ClassNames() {
		}

		static Matcher matcher(Class<?> type) {
			return NAME.matcher(type.getSimpleName());
		}

		/** "CreateTagTable" and "create_tag_table" become "create tag table". */
		static String words(String name) {
			return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').trim().toLowerCase(java.util.Locale.ROOT);
		}

	}

}

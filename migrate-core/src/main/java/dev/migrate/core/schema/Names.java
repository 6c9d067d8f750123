package dev.migrate.core.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names the changeset API accepts, and the automatic names it gives constraints and indexes,
 * PostgreSQL's style: {@code <table>_pkey}, {@code <table>_<columns>_fkey}, {@code <table>_<columns>_key},
 * {@code <table>_<columns>_check} and {@code ix_<table>_<columns>}.
 */
final class Names {

	/** PostgreSQL cuts longer names silently; MySQL allows 64. */
	static final int MAX_LENGTH = 63;

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private Names() {
	}

	/**
	 * Checks that a name is letters, digits and underscores: nothing passed as a name reaches SQL otherwise.
	 * @param what what is named, for the message: "table", "column", ...
	 */
	static String check(String name, String what) {
		if (name == null || !NAME.matcher(name).matches() || name.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("'" + name + "' is not a valid " + what + " name: use letters, digits "
					+ "and underscores, starting with a letter or an underscore, at most " + MAX_LENGTH + " characters");
		}
		return name;
	}

	/** Checks every name of a list, which must not be empty. */
	static List<String> checkAll(String[] names, String what) {
		if (names.length == 0) {
			throw new IllegalArgumentException("Name at least one " + what);
		}
		for (String name : names) {
			check(name, what);
		}
		return List.of(names);
	}

	/** {@code <table>_<columns>_<suffix>}, for a constraint without a name. */
	static String constraint(String table, List<String> columns, String suffix) {
		return automatic(table + (columns.isEmpty() ? "" : "_" + String.join("_", columns)) + "_" + suffix);
	}

	/** {@code ix_<table>_<columns>}, for an index without a name. */
	static String index(String table, List<String> columns) {
		return automatic("ix_" + table + "_" + String.join("_", columns));
	}

	private static String automatic(String name) {
		if (name.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("The automatic name " + name + " is longer than " + MAX_LENGTH
					+ " characters: give it a name with named(...)");
		}
		return name;
	}

}

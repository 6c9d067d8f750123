package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The dialects on the class path, found through {@link ServiceLoader}
 * ({@code META-INF/services/dev.migrate.core.dialect.Dialect}): by name, or by the database behind a
 * connection, which each dialect recognises itself.
 */
public final class Dialects {

	private static final List<Dialect> dialects = load();

	private static final List<String> names = dialects.stream().map(Dialect::name).toList();

	private Dialects() {
	}

	private static List<Dialect> load() {
		List<Dialect> loaded = new ArrayList<>();
		for (Dialect dialect : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
			loaded.add(dialect);
		}
		return List.copyOf(loaded);
	}

	/** The names of the dialects, as used in script file names. */
	public static List<String> names() {
		return names;
	}

	/**
	 * The dialect of a name or one of its aliases, in any case.
	 * @throws IllegalArgumentException for a name no dialect has
	 */
	public static Dialect byName(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		for (Dialect dialect : dialects) {
			if (dialect.name().equals(wanted) || dialect.aliases().contains(wanted)) {
				return dialect;
			}
		}
		throw new IllegalArgumentException("Unknown dialect '" + name + "': use one of " + known());
	}

	/**
	 * The dialect of the database behind a connection: first as each dialect recognises the driver's own
	 * connection, without a query (cheaper on a cold start than the product name, since a driver's
	 * metadata class is large and nothing else on that path loads it); then by the product name.
	 * @throws IllegalArgumentException when no dialect is the database's, or the database passes for one it is not
	 */
	public static Dialect detect(Connection connection) throws SQLException {
		Connection own = connection.unwrap(Connection.class);
		for (Dialect dialect : dialects) {
			Dialect found = verdict(dialect, dialect.recognise(own));
			if (found != null) {
				return found;
			}
		}
		String product = connection.getMetaData().getDatabaseProductName();
		for (Dialect dialect : dialects) {
			Dialect found = verdict(dialect, dialect.recogniseProduct(own, product));
			if (found != null) {
				return found;
			}
		}
		throw new IllegalArgumentException("Migrate has no dialect for " + product + ": the known ones are "
				+ known() + ". Set the dialect in the configuration if one of them is this database's.");
	}

	private static Dialect verdict(Dialect dialect, Recognition recognition) {
		return switch (recognition.verdict()) {
			case MINE -> dialect;
			case NOT_MINE -> null;
			case LOOKALIKE -> throw new IllegalArgumentException(recognition.product() + " speaks "
					+ dialect.productName() + "'s protocol but is not " + dialect.productName() + ": Migrate has no "
					+ "dialect for it (the known ones are " + known() + ")");
		};
	}

	/** The dialects' names, each with its aliases: {@code postgresql (or postgres), h2}. */
	private static String known() {
		return dialects.stream()
			.map((dialect) -> dialect.aliases().isEmpty() ? dialect.name()
					: dialect.name() + " (or " + String.join(", ", dialect.aliases()) + ")")
			.collect(Collectors.joining(", "));
	}

}

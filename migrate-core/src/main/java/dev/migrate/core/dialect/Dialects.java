package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The dialects: the core's own, and any other on the class path, found through {@link ServiceLoader}
 * ({@code META-INF/services/dev.migrate.core.dialect.Dialect}): by name, or by the database behind a
 * connection, which each dialect recognises itself.
 *
 * <p>The core's own dialects are also listed in the core's services file, but are known here without it:
 * finding services reads every jar on the class path, which a start with nothing pending would otherwise
 * pay for (about 15 ms of a 60 ms start, measured in {@code benchmarks}). The class path is looked at only
 * when none of the core's dialects is the one asked for, and then once.
 */
public final class Dialects {

	private static final List<Dialect> builtIn = List.of(new PostgresDialect(), new MySqlDialect(), new H2Dialect(),
			new SqliteDialect());

	private static volatile @Nullable List<Dialect> all;

	private Dialects() {
	}

	/** The core's dialects, then those the class path adds, in the order of their services files. */
	private static List<Dialect> all() {
		List<Dialect> loaded = all;
		if (loaded == null) {
			List<Dialect> dialects = new ArrayList<>(builtIn);
			for (Dialect dialect : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
				if (dialects.stream().noneMatch((known) -> known.getClass() == dialect.getClass())) {
					dialects.add(dialect);
				}
			}
			loaded = List.copyOf(dialects);
			all = loaded;
		}
		return loaded;
	}

	/** The names of the dialects, as used in script file names. */
	public static List<String> names() {
		return all().stream().map(Dialect::name).toList();
	}

	/**
	 * The dialect of a name or one of its aliases, in any case.
	 * @throws IllegalArgumentException for a name no dialect has
	 */
	public static Dialect byName(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		Dialect found = named(builtIn, wanted);
		if (found == null) {
			found = named(all(), wanted);
		}
		if (found != null) {
			return found;
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
		Dialect recognised = recognising(builtIn, own);
		if (recognised == null) {
			recognised = recognising(all(), own);
		}
		if (recognised != null) {
			return recognised;
		}
		String product = connection.getMetaData().getDatabaseProductName();
		for (Dialect dialect : all()) {
			Dialect found = verdict(dialect, dialect.recogniseProduct(own, product));
			if (found != null) {
				return found;
			}
		}
		throw new IllegalArgumentException("Migrate has no dialect for " + product + ": the known ones are "
				+ known() + ". Set the dialect in the configuration if one of them is this database's.");
	}

	private static @Nullable Dialect named(List<Dialect> dialects, String name) {
		for (Dialect dialect : dialects) {
			if (dialect.name().equals(name) || dialect.aliases().contains(name)) {
				return dialect;
			}
		}
		return null;
	}

	private static @Nullable Dialect recognising(List<Dialect> dialects, Connection connection) throws SQLException {
		for (Dialect dialect : dialects) {
			Dialect found = verdict(dialect, dialect.recognise(connection));
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable Dialect verdict(Dialect dialect, Recognition recognition) {
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
		return all().stream()
			.map((dialect) -> dialect.aliases().isEmpty() ? dialect.name()
					: dialect.name() + " (or " + String.join(", ", dialect.aliases()) + ")")
			.collect(Collectors.joining(", "));
	}

}

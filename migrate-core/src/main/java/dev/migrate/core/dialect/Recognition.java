package dev.migrate.core.dialect;

import org.jspecify.annotations.Nullable;

/**
 * What a dialect says of the database behind a connection: its own, not its own, or a lookalike, a
 * database that passes for its own (it speaks the same protocol, its driver takes it) but is another.
 * A lookalike is refused rather than run on with a dialect that would fail on it later.
 * @param verdict the dialect's answer
 * @param product for a lookalike, the database it is (e.g. {@code CockroachDB}); else null
 */
public record Recognition(Verdict verdict, @Nullable String product) {

	private static final Recognition MINE = new Recognition(Verdict.MINE, null);

	private static final Recognition NOT_MINE = new Recognition(Verdict.NOT_MINE, null);

	/** A dialect's answer. */
	public enum Verdict {

		/** The dialect's own database. */
		MINE,

		/** Another database: the registry asks the next dialect. */
		NOT_MINE,

		/** Another database that passes for this dialect's own: the registry refuses it. */
		LOOKALIKE

	}

	/** The dialect's own database. */
	public static Recognition mine() {
		return MINE;
	}

	/** Not the dialect's database. */
	public static Recognition notMine() {
		return NOT_MINE;
	}

	/** A database that passes for the dialect's own but is {@code product}. */
	public static Recognition lookalike(String product) {
		return new Recognition(Verdict.LOOKALIKE, product);
	}

	/** {@link #mine()} when the condition holds, else {@link #notMine()}. */
	public static Recognition mineIf(boolean condition) {
		return condition ? MINE : NOT_MINE;
	}

}

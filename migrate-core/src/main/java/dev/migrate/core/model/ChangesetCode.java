package dev.migrate.core.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKey;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * How generated code spells what a snapshot holds, in the changeset API, as a person would write it: names
 * in lower case where the database folds them, portable types, literal defaults as literals, and the names
 * Hibernate made up for keys ({@code FK...}, {@code UK...}) left to the API's automatic ones.
 */
final class ChangesetCode {

	/** A name Hibernate generates from a hash: {@code FKq8rj2yoqb3pnmuyjx0o2b6mh5}, {@code UK...}, {@code IDX...}. */
	private static final Pattern GENERATED_NAME = Pattern.compile("(?i)(FK|UK|IDX)[0-9a-z]{12,}");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

	private static final Pattern TEXT = Pattern.compile("'((?:[^']|'')*)'(::[a-z ]+(\\(\\d+\\))?)?");

	private static final Pattern NOW = Pattern.compile("(?i)now\\(\\)|current_timestamp(\\(\\d?\\))?");

	private final NameCase nameCase;

	private final PortableTypes types;

	ChangesetCode(NameCase nameCase, PortableTypes types) {
		this.nameCase = nameCase;
		this.types = types;
	}

	/** The changeset API's type of a column. */
	Type typeOf(ColumnSnapshot column) {
		return this.types.of(column);
	}

	/** A name as the changeset API takes it: in lower case where the database folds it to what it stores. */
	String name(String stored) {
		String lower = stored.toLowerCase(Locale.ROOT);
		return this.nameCase.apply(lower).equals(stored) ? lower : stored;
	}

	/** A name as a Java string literal. */
	String quoted(String stored) {
		return string(name(stored));
	}

	/** Names as Java string literals, separated by commas. */
	String quoted(List<String> stored) {
		return stored.stream().map(this::quoted).collect(Collectors.joining(", "));
	}

	/** Whether a name of the model is one a person gave, not one Hibernate generated. */
	static boolean given(@Nullable String name) {
		return name != null && !GENERATED_NAME.matcher(name).matches();
	}

	/** A Java string literal. */
	static String string(String value) {
		StringBuilder literal = new StringBuilder("\"");
		for (char each : value.toCharArray()) {
			switch (each) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> {
					if (each < ' ') {
						literal.append(String.format(Locale.ROOT, "\\%03o", (int) each));
					}
					else {
						literal.append(each);
					}
				}
			}
		}
		return literal.append('"').toString();
	}

	/** {@code Type.INTEGER}, {@code Type.varchar(100)}, {@code Type.decimal(10, 2)}, {@code Type.raw("float8")}. */
	static String type(Type type) {
		return switch (type.kind()) {
			case VARCHAR -> "Type.varchar(" + type.size() + ")";
			case DECIMAL -> "Type.decimal(" + type.size() + ", " + type.scale() + ")";
			case RAW -> "Type.raw(" + string(String.valueOf(type.sql())) + ")";
			default -> "Type." + type.kind().name();
		};
	}

	/** {@code Column.of("title", Type.varchar(100)).notNull().defaultValue("untitled")}: the column's own definition. */
	String column(ColumnSnapshot column) {
		return column(column, false);
	}

	/** A column's definition; a primary key's column says {@code primaryKey(...)} after it, not {@code notNull()}. */
	String column(ColumnSnapshot column, boolean primaryKey) {
		return column(column, primaryKey, typeOf(column));
	}

	/** A column's definition, of this type rather than its own. */
	String column(ColumnSnapshot column, boolean primaryKey, Type type) {
		String code = "Column.of(" + quoted(column.name()) + ", " + type(type) + ")"
				+ ((column.nullable() || primaryKey) ? "" : ".notNull()");
		return (column.defaultValue() != null) ? code + "." + defaultValue(column.defaultValue(), type) : code;
	}

	/**
	 * The call that sets a default, on a {@code Column} or a {@code ColumnChange}: {@code defaultValue(0)},
	 * {@code defaultValue("none")}, {@code defaultNow()}, else {@code defaultExpression("...")} with the SQL as
	 * the database reports it.
	 */
	static String defaultValue(String value, Type type) {
		String sql = value.trim();
		if (INTEGER.matcher(sql).matches()) {
			long number = Long.parseLong(sql);
			return "defaultValue(" + sql + ((number == (int) number) ? "" : "L") + ")";
		}
		if (sql.equalsIgnoreCase("true") || sql.equalsIgnoreCase("false")) {
			return "defaultValue(" + sql.toLowerCase(Locale.ROOT) + ")";
		}
		Matcher text = TEXT.matcher(sql);
		if (text.matches()) {
			return "defaultValue(" + string(text.group(1).replace("''", "'")) + ")";
		}
		boolean time = type.kind() == Type.Kind.TIMESTAMP || type.kind() == Type.Kind.TIMESTAMP_WITH_TIME_ZONE;
		if (time && NOW.matcher(sql).matches()) {
			return "defaultNow()";
		}
		return "defaultExpression(" + string(sql) + ")";
	}

	/** {@code ForeignKey.on("author_id").references("user", "id")}, with its actions and, when asked, its name. */
	String foreignKey(ForeignKeySnapshot key, boolean named) {
		return "ForeignKey.on(" + quoted(key.columns()) + ").references(" + quoted(key.referencedTable()) + ", "
				+ quoted(key.referencedColumns()) + ")" + actions(key) + (named ? named(key.name()) : "");
	}

	/**
	 * What a column says of its foreign key: {@code references("user", "id")}, or
	 * {@code references(ForeignKey.to("user", "id").onDelete(ForeignKey.Action.CASCADE))}.
	 */
	String references(ForeignKeySnapshot key, boolean named) {
		String actions = actions(key) + (named ? named(key.name()) : "");
		String target = quoted(key.referencedTable()) + ", " + quoted(key.referencedColumns());
		return actions.isEmpty() ? "references(" + target + ")" : "references(ForeignKey.to(" + target + ")" + actions + ")";
	}

	/** {@code Unique.on("email")}, with its name when asked. */
	String unique(UniqueConstraintSnapshot unique, boolean named) {
		return "Unique.on(" + quoted(unique.columns()) + ")" + (named ? named(unique.name()) : "");
	}

	/** {@code Index.on("title")}, unique when it is, with its name when asked. */
	String index(IndexSnapshot index, boolean named) {
		return "Index.on(" + quoted(index.columns()) + ")" + (index.unique() ? ".unique()" : "")
				+ (named ? named(index.name()) : "");
	}

	/** {@code PrimaryKey.on("id")}, with its name when asked. */
	String primaryKey(PrimaryKeySnapshot key, boolean named) {
		return "PrimaryKey.on(" + quoted(key.columns()) + ")" + (named ? named(key.name()) : "");
	}

	private String named(@Nullable String name) {
		return (name != null) ? ".named(" + quoted(name) + ")" : "";
	}

	private static String actions(ForeignKeySnapshot key) {
		return action("onDelete", key.onDelete()) + action("onUpdate", key.onUpdate());
	}

	private static String action(String method, String rule) {
		ForeignKey.Action action = action(rule);
		return (action == ForeignKey.Action.NO_ACTION) ? "" : "." + method + "(ForeignKey.Action." + action.name() + ")";
	}

	/** The action a snapshot's rule names: {@code SET NULL} is {@code SET_NULL}; an unknown one is no action. */
	static ForeignKey.Action action(String rule) {
		String name = rule.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
		for (ForeignKey.Action action : ForeignKey.Action.values()) {
			if (action.name().equals(name)) {
				return action;
			}
		}
		return ForeignKey.Action.NO_ACTION;
	}

}

package dev.migrate.core.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.schema.ColumnDefault;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.NameCase;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.ColumnState;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.TableDefinitions;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's DDL (MySQL 8, MariaDB 10.5 or newer): backquotes, {@code MODIFY COLUMN} with the
 * whole column to change any of it, each kind of constraint dropped its own way, and the index MySQL
 * makes for a foreign key.
 */
public final class MySqlDdlRenderer extends StandardDdlRenderer {

	private static final String COLUMN_TYPE = "SELECT CONCAT(COLUMN_TYPE, IF(EXTRA LIKE '%auto_increment%', "
			+ "' AUTO_INCREMENT', '')) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
			+ "AND TABLE_NAME = ? AND COLUMN_NAME = ?";

	private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("(?i)(?:datetime|timestamp)\\((\\d)\\)");

	@Override
	public String dialect() {
		return "mysql";
	}

	@Override
	public NameCase nameCase() {
		return NameCase.AS_WRITTEN;
	}

	@Override
	public boolean keepsForeignKeyIndexes() {
		return true;
	}

	@Override
	public @Nullable String columnTypeQuery() {
		return COLUMN_TYPE;
	}

	@Override
	String quote(@Nullable String name) {
		return '`' + String.valueOf(name) + '`';
	}

	@Override
	String type(Type type, SchemaChange change) {
		return switch (type.kind()) {
			case INTEGER -> "INT";
			case TEXT -> "LONGTEXT";
			case DECIMAL -> "DECIMAL(" + type.size() + "," + type.scale() + ")";
			case TIMESTAMP -> "DATETIME(6)";
			case TIMESTAMP_WITH_TIME_ZONE -> throw unsupported(change, "MySQL has no timestamp with time zone "
					+ "(its TIMESTAMP ends in 2038 and keeps no zone): use Type.TIMESTAMP, a DATETIME(6) holding UTC, "
					+ "or Type.raw(\"TIMESTAMP(6)\")");
			case UUID -> "CHAR(36)";
			case BINARY -> "LONGBLOB";
			default -> super.type(type, change);
		};
	}

	/** A {@code DATETIME(6)} default must have the column's precision. */
	@Override
	String currentTimestamp(Type type) {
		return (type.kind() == Type.Kind.TIMESTAMP) ? "CURRENT_TIMESTAMP(6)" : "CURRENT_TIMESTAMP";
	}

	/** The current timestamp in the precision of a column type as MySQL spells it: {@code datetime(3)}. */
	private static String currentTimestamp(String type) {
		Matcher precision = FRACTIONAL_SECONDS.matcher(type);
		return precision.lookingAt() ? "CURRENT_TIMESTAMP(" + precision.group(1) + ")" : "CURRENT_TIMESTAMP";
	}

	/** MySQL makes a TIMESTAMP column without NULL refuse nulls (where explicit_defaults_for_timestamp is off). */
	@Override
	String nullable() {
		return " NULL";
	}

	/** MySQL reads a backslash in a string as an escape (unless NO_BACKSLASH_ESCAPES). */
	@Override
	String escape(String text) {
		return text.replace("\\", "\\\\").replace("'", "''");
	}

	@Override
	public List<String> dropIndex(DropIndex drop, TableDefinitions definitions) {
		return keepingForeignKeyIndexes(drop.table(), drop.name(), definitions,
				"DROP INDEX " + quote(drop.name()) + " ON " + quote(drop.table()));
	}

	@Override
	public List<String> renameIndex(RenameIndex rename, TableDefinitions definitions) {
		return List.of(alterTable(rename.table()) + " RENAME INDEX " + quote(rename.name()) + " TO "
				+ quote(rename.newName()));
	}

	@Override
	public List<String> dropConstraint(DropConstraint drop, TableDefinitions definitions) {
		String table = alterTable(drop.table());
		return switch (drop.kind()) {
			case PRIMARY_KEY -> List.of(table + " DROP PRIMARY KEY");
			case FOREIGN_KEY -> Boolean.TRUE.equals(drop.dropsIndex())
					? List.of(table + " DROP FOREIGN KEY " + quote(drop.name()), table + " DROP INDEX " + quote(drop.name()))
					: List.of(table + " DROP FOREIGN KEY " + quote(drop.name()));
			case UNIQUE -> keepingForeignKeyIndexes(drop.table(), drop.name(), definitions,
					table + " DROP INDEX " + quote(drop.name()));
			case CHECK -> List.of(table + " DROP CONSTRAINT " + quote(drop.name()));
		};
	}

	/**
	 * Drops an index, or the index of a unique constraint, that a foreign key of the table may rely on.
	 * MySQL makes an index for a foreign key, drops it silently once another index begins with the key's
	 * columns, and then refuses to drop that other one ("needed in a foreign key constraint"): the key gets
	 * its own index back first, named as MySQL would have named it. Where the table cannot be read
	 * (a dry run, or a table changed by changes written down before), the index is dropped alone.
	 */
	private List<String> keepingForeignKeyIndexes(String table, String index, TableDefinitions definitions,
			String drop) {
		List<String> statements = new ArrayList<>();
		try {
			if (definitions.canRead(table)) {
				TableSnapshot snapshot = definitions.table(table);
				List<List<String>> others = new ArrayList<>();
				List<String> dropped = null;
				for (IndexSnapshot each : snapshot.indexes()) {
					if (each.name().equalsIgnoreCase(index)) {
						dropped = each.columns();
					}
					else {
						others.add(each.columns());
					}
				}
				for (UniqueConstraintSnapshot each : snapshot.uniqueConstraints()) {
					if (index.equalsIgnoreCase(String.valueOf(each.name()))) {
						dropped = each.columns();
					}
					else {
						others.add(each.columns());
					}
				}
				if (snapshot.primaryKey() != null) {
					others.add(snapshot.primaryKey().columns());
				}
				for (ForeignKeySnapshot key : snapshot.foreignKeys()) {
					if (dropped != null && key.name() != null && startsWith(dropped, key.columns())
							&& others.stream().noneMatch((columns) -> startsWith(columns, key.columns()))
							&& !definitions.indexExists(table, key.name())) {
						statements.add(alterTable(table) + " ADD INDEX " + quote(foreignKeyIndexName(key, table, definitions)) + " "
								+ columns(key.columns()));
					}
				}
			}
		}
		catch (NotRenderableException ex) {
			statements.clear();
		}
		statements.add(drop);
		return statements;
	}

	/**
	 * The name MySQL gives the index it makes for a foreign key: the key's name, or, for a key MySQL named
	 * itself ({@code post_ibfk_1}), its first column's name.
	 */
	private static String foreignKeyIndexName(ForeignKeySnapshot key, String table, TableDefinitions definitions) {
		String name = String.valueOf(key.name());
		String column = key.columns().get(0);
		boolean generated = name.toLowerCase(Locale.ROOT).startsWith(table.toLowerCase(Locale.ROOT) + "_ibfk_");
		return (generated && !definitions.indexExists(table, column)) ? column : name;
	}

	private static boolean startsWith(List<String> columns, List<String> first) {
		if (columns.size() < first.size()) {
			return false;
		}
		for (int i = 0; i < first.size(); i++) {
			if (!columns.get(i).equalsIgnoreCase(first.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code MODIFY COLUMN} restates the whole column, from its current definition and the change; a
	 * default alone changes with {@code ALTER COLUMN ... SET DEFAULT} when the definition is not known.
	 */
	@Override
	public List<String> alterColumn(AlterColumn alter, TableDefinitions definitions) {
		String table = alterTable(alter.table());
		ColumnState current = alter.current();
		if (current == null) {
			ColumnDefault value = alter.columnDefault();
			if (alter.type() == null && alter.nullable() == null
					&& (value == null || value instanceof ColumnDefault.Literal)) {
				return List.of(table + " ALTER COLUMN " + quote(alter.column())
						+ ((value != null) ? " SET DEFAULT " + defaultValue(value, null) : " DROP DEFAULT"));
			}
			throw new NotRenderableException("mysql restates the whole column to " + alter.describe()
					+ " (MODIFY COLUMN), and its current definition was not read: run it on the database, "
					+ "or give the type, the nullability and the default");
		}
		String type = (alter.type() != null) ? type(alter.type(), alter) : current.type();
		boolean nullable = (alter.nullable() != null) ? alter.nullable() : current.nullable();
		String defaultValue;
		if (alter.changesDefault()) {
			ColumnDefault value = alter.columnDefault();
			defaultValue = (value == null) ? null
					: (value instanceof ColumnDefault.CurrentTimestamp && alter.type() == null) ? currentTimestamp(type)
							: defaultValue(value, alter.type());
		}
		else {
			defaultValue = current.defaultExpression();
		}
		return List.of(table + " MODIFY COLUMN " + quote(alter.column()) + " " + type + (nullable ? " NULL" : " NOT NULL")
				+ ((defaultValue != null) ? " DEFAULT " + defaultValue : ""));
	}

}

package dev.migrate.core.dialect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.core.schema.Check;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.ColumnDefault;
import dev.migrate.core.schema.Constraint;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.ForeignKey;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.PrimaryKey;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.ExecuteSql;
import dev.migrate.core.schema.SchemaChange.RenameColumn;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.SchemaChange.RenameTable;
import dev.migrate.core.schema.SchemaChange.UpdateData;
import dev.migrate.core.schema.TableDefinitions;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.Unique;
import dev.migrate.core.schema.UnsupportedChangeException;
import org.jspecify.annotations.Nullable;

/**
 * The SQL the databases share (SQL:2003 DDL as PostgreSQL and H2 speak it), and the standard spelling of
 * the portable types; each database's renderer overrides what it says otherwise: one visit of a change
 * kind, one type. Names arrive checked (letters, digits, underscores) and are always quoted.
 *
 * <p>It visits each change ({@link SchemaChange.Visitor}), so that a new kind of change does not compile
 * until it is rendered here.
 */
abstract class StandardDdlRenderer implements DdlRenderer, SchemaChange.Visitor<List<String>, TableDefinitions> {

	@Override
	public List<String> render(SchemaChange change, TableDefinitions definitions) {
		return change.accept(this, definitions);
	}

	@Override
	public List<String> createTable(CreateTable change, TableDefinitions definitions) {
		List<String> parts = new ArrayList<>();
		for (Column column : change.columns()) {
			parts.add(columnDefinition(column, change));
		}
		for (Constraint constraint : change.constraints()) {
			parts.add(constraint(constraint));
		}
		return List.of("CREATE TABLE " + quote(change.table()) + " (" + String.join(", ", parts) + ")");
	}

	@Override
	public List<String> dropTable(DropTable change, TableDefinitions definitions) {
		return List.of("DROP TABLE " + quote(change.table()));
	}

	@Override
	public List<String> renameTable(RenameTable change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " RENAME TO " + quote(change.newName()));
	}

	@Override
	public List<String> addColumn(AddColumn change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " ADD COLUMN " + columnDefinition(change.column(), change));
	}

	@Override
	public List<String> dropColumn(DropColumn change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " DROP COLUMN " + quote(change.column()));
	}

	@Override
	public List<String> renameColumn(RenameColumn change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " RENAME COLUMN " + quote(change.column()) + " TO "
				+ quote(change.newName()));
	}

	/** Changes a column one property at a time: type, default, nullability. */
	@Override
	public List<String> alterColumn(AlterColumn change, TableDefinitions definitions) {
		String column = alterTable(change.table()) + " ALTER COLUMN " + quote(change.column());
		List<String> statements = new ArrayList<>();
		if (change.type() != null) {
			statements.add(column + " " + setType() + " " + type(change.type(), change));
		}
		if (change.changesDefault()) {
			ColumnDefault value = change.columnDefault();
			statements.add(column + ((value != null) ? " SET DEFAULT " + defaultValue(value, typeOf(change)) : " DROP DEFAULT"));
		}
		if (change.nullable() != null) {
			statements.add(column + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
		}
		return statements;
	}

	@Override
	public List<String> createIndex(CreateIndex change, TableDefinitions definitions) {
		return List.of("CREATE " + (change.index().isUnique() ? "UNIQUE " : "") + "INDEX " + quote(change.index().name())
				+ " ON " + quote(change.table()) + " " + columns(change.index().columns()));
	}

	@Override
	public List<String> dropIndex(DropIndex change, TableDefinitions definitions) {
		return List.of("DROP INDEX " + quote(change.name()));
	}

	@Override
	public List<String> renameIndex(RenameIndex change, TableDefinitions definitions) {
		return List.of("ALTER INDEX " + quote(change.name()) + " RENAME TO " + quote(change.newName()));
	}

	@Override
	public List<String> addConstraint(AddConstraint change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " ADD " + constraint(change.constraint()));
	}

	@Override
	public List<String> dropConstraint(DropConstraint change, TableDefinitions definitions) {
		return List.of(alterTable(change.table()) + " DROP CONSTRAINT " + quote(change.name()));
	}

	@Override
	public List<String> executeSql(ExecuteSql change, TableDefinitions definitions) {
		return List.of(change.sql());
	}

	/** A data update with its parameters written as literals, for a dry run or a recorded script. */
	@Override
	public List<String> updateData(UpdateData change, TableDefinitions definitions) {
		return List.of(inline(change));
	}

	/**
	 * The database's spelling of a portable type: the standard one here; a renderer overrides the types
	 * its database spells otherwise and hands the others to this one.
	 */
	String type(Type type, SchemaChange change) {
		return switch (type.kind()) {
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case BOOLEAN -> "BOOLEAN";
			case VARCHAR -> "VARCHAR(" + type.size() + ")";
			case TEXT -> "TEXT";
			case DECIMAL -> "NUMERIC(" + type.size() + "," + type.scale() + ")";
			case DATE -> "DATE";
			case TIME -> "TIME(6)";
			case TIMESTAMP -> "TIMESTAMP";
			case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
			case UUID -> "UUID";
			case BINARY -> "BINARY VARYING";
			case JSON -> "JSON";
			case RAW -> String.valueOf(type.sql());
		};
	}

	/** Quotes a name as the database stores it. */
	String quote(@Nullable String name) {
		return '"' + String.valueOf(name) + '"';
	}

	/** The current timestamp, for a column of this type. */
	String currentTimestamp(Type type) {
		return "CURRENT_TIMESTAMP";
	}

	/** The words before the new type in {@code ALTER COLUMN}. */
	String setType() {
		return "SET DATA TYPE";
	}

	/** The type of an altered column where it matters for its default: the new one, else unknown. */
	static @Nullable Type typeOf(AlterColumn alter) {
		return alter.type();
	}

	String alterTable(String table) {
		return "ALTER TABLE " + quote(table);
	}

	/** {@code "name" TYPE DEFAULT x NOT NULL}: H2 wants the default before the nullability. */
	String columnDefinition(Column column, SchemaChange change) {
		StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(type(column.type(), change));
		ColumnDefault value = column.columnDefault();
		if (value != null) {
			definition.append(" DEFAULT ").append(defaultValue(value, column.type()));
		}
		definition.append(column.isNullable() ? nullable() : " NOT NULL");
		return definition.toString();
	}

	/** What a nullable column says: nothing, where that is the rule. */
	String nullable() {
		return "";
	}

	String defaultValue(ColumnDefault value, @Nullable Type type) {
		if (value instanceof ColumnDefault.Literal literal) {
			return literal(literal.value());
		}
		if (value instanceof ColumnDefault.Expression expression) {
			return expression.sql();
		}
		return (type != null) ? currentTimestamp(type) : "CURRENT_TIMESTAMP";
	}

	String constraint(Constraint constraint) {
		String named = "CONSTRAINT " + quote(constraint.name()) + " ";
		if (constraint instanceof PrimaryKey key) {
			return named + "PRIMARY KEY " + columns(key.columns());
		}
		if (constraint instanceof Unique unique) {
			return named + "UNIQUE " + columns(unique.columns());
		}
		if (constraint instanceof Check check) {
			return named + "CHECK (" + check.expression() + ")";
		}
		ForeignKey key = (ForeignKey) constraint;
		return named + "FOREIGN KEY " + columns(key.columns()) + " REFERENCES " + quote(key.referencedTable()) + " "
				+ columns(key.referencedColumns())
				+ ((key.onDelete() != ForeignKey.Action.NO_ACTION) ? " ON DELETE " + key.onDelete().sql() : "")
				+ ((key.onUpdate() != ForeignKey.Action.NO_ACTION) ? " ON UPDATE " + key.onUpdate().sql() : "");
	}

	String columns(List<String> columns) {
		return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
	}

	/** An SQL literal of text, a number, a boolean or null. */
	String literal(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value instanceof String text) {
			return "'" + escape(text) + "'";
		}
		throw new NotRenderableException("A " + value.getClass().getName() + " cannot be written as an SQL literal: "
				+ "only text, numbers, booleans and null are");
	}

	/** Escapes text between single quotes. */
	String escape(String text) {
		return text.replace("'", "''");
	}

	/** The SQL of a data update, its parameters written as literals. */
	String inline(UpdateData update) {
		StringBuilder sql = new StringBuilder();
		int parameter = 0;
		char quote = 0;
		for (char each : update.sql().toCharArray()) {
			if (quote != 0) {
				quote = (each == quote) ? 0 : quote;
			}
			else if (each == '\'' || each == '"' || each == '`') {
				quote = each;
			}
			else if (each == '?') {
				if (parameter >= update.parameters().size()) {
					throw new IllegalArgumentException("The update has more ? than its " + update.parameters().size()
							+ " parameters: " + update.sql());
				}
				sql.append(literal(update.parameters().get(parameter++)));
				continue;
			}
			sql.append(each);
		}
		if (parameter != update.parameters().size()) {
			throw new IllegalArgumentException("The update has " + parameter + " ? but " + update.parameters().size()
					+ " parameters: " + update.sql());
		}
		return sql.toString();
	}

	UnsupportedChangeException unsupported(SchemaChange change, String reason) {
		return new UnsupportedChangeException(dialect(), change.describe(), reason);
	}

}
